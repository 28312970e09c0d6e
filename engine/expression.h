// The story's small expression language: conditions, effects and interpolated values.
// Integers, booleans and strings; arithmetic, comparison, and/or/not; story functions
// (visits, chose, lens, top_lens, ledger, deeds, random). Compiled once at load time,
// type-checked, then evaluated many times. See docs/story-format.md for the grammar.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "value.h"

namespace sky::engine {

enum class Op : std::uint8_t {
  literal, variable, negate, logical_not,
  add, subtract, multiply, divide, modulo,
  equal, not_equal, less, less_equal, greater, greater_equal,
  logical_and, logical_or,
  visits, chose, lens, top_lens, ledger, ledger_total, deeds, random,
};

/// A node of a compiled, type-checked expression. `index` names the variable, passage,
/// choice, lens or ledger kind the node refers to. `offset` is in code points.
struct Expr {
  Op op = Op::literal;
  Type type = Type::integer;
  std::uint32_t offset = 0;
  Value literal;
  int index = -1;
  std::unique_ptr<Expr> lhs, rhs;
};
using ExprPtr = std::unique_ptr<Expr>;

enum class AssignOp : std::uint8_t { set, add, subtract };

/// One effect: `name = expr`, `name += expr` or `name -= expr`.
struct Statement {
  int variable = -1;
  AssignOp op = AssignOp::set;
  ExprPtr value;
  std::uint32_t offset = 0;
};

/// A compile error at a code-point offset of the source string.
struct ExprError {
  std::uint32_t offset = 0;
  std::string message;
};

/// The names an expression may use. The loader implements it over the story it builds.
class Scope {
 public:
  virtual ~Scope() = default;
  struct Var {
    int index;
    Type type;
  };
  virtual std::optional<Var> variable(std::string_view name) const = 0;
  virtual std::vector<std::string> variable_names() const = 0;
  /// Index of the passage named by `ref` ("name" in this chapter or "chapter.name"), or -1.
  virtual int passage(std::string_view ref) const = 0;
  /// Index of the choice named by `ref` ("passage.choice" or "chapter.passage.choice"), or -1.
  virtual int choice(std::string_view ref) const = 0;
  virtual int lens(std::string_view id) const = 0;
  virtual int ledger_kind(std::string_view id) const = 0;
};

/// Where an expression appears; random() is allowed only in effects.
enum class ExprContext { condition, value, effect };

/// Parses and type-checks `src`. A condition must be bool. Returns null and sets `error`
/// (with the offset of the fault) on failure.
ExprPtr compile_expression(std::string_view src, const Scope& scope, ExprContext ctx, ExprError& error);

/// Parses effects: statements separated by ';'. Returns false and sets `error` on failure.
bool compile_statements(std::string_view src, const Scope& scope, std::vector<Statement>& out,
                        ExprError& error);

/// What evaluation reads and writes. Implemented by the runtime and the explorer.
class EvalEnv {
 public:
  virtual ~EvalEnv() = default;
  virtual const Value& variable(int index) const = 0;
  virtual void set_variable(int index, Value v) = 0;
  virtual std::int64_t visits(int passage) const = 0;
  virtual std::int64_t chosen(int choice) const = 0;
  virtual std::int64_t lens(int lens) const = 0;
  virtual std::string top_lens() const = 0;
  /// Sum of the points of one ledger kind, or of all when `kind` is -1.
  virtual std::int64_t ledger(int kind) const = 0;
  virtual std::int64_t deeds() const = 0;
  /// A uniform integer in [lo, hi] from the seeded source.
  virtual std::int64_t random(std::int64_t lo, std::int64_t hi) = 0;
  /// Reports a runtime fault (division by zero, overflow); evaluation goes on.
  virtual void runtime_error(const std::string& message) = 0;
};

/// Evaluates a compiled expression. Never throws; faults go to env.runtime_error.
Value evaluate(const Expr& e, EvalEnv& env);

/// Runs one statement against `env`.
void execute(const Statement& s, EvalEnv& env);

/// Calls `fn` on every node of `e`, parents first.
void visit_nodes(const Expr& e, const std::function<void(const Expr&)>& fn);

}  // namespace sky::engine
