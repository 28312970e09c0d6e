// The expression language: parsing, type checking, evaluation, and exact error texts.
#include <catch2/catch.hpp>

#include <map>

#include "engine/expression.h"

using namespace sky::engine;

namespace {

class TestScope : public Scope {
 public:
  std::optional<Var> variable(std::string_view name) const override {
    if (name == "trust") return Var{0, Type::integer};
    if (name == "camera") return Var{1, Type::boolean};
    if (name == "who") return Var{2, Type::string};
    return std::nullopt;
  }
  std::vector<std::string> variable_names() const override { return {"trust", "camera", "who"}; }
  int passage(std::string_view ref) const override { return ref == "metro" ? 4 : -1; }
  int choice(std::string_view ref) const override { return ref == "camera.install" ? 7 : -1; }
  int lens(std::string_view id) const override { return id == "headline" ? 0 : id == "watched" ? 1 : -1; }
  int ledger_kind(std::string_view id) const override { return id == "honesty" ? 0 : -1; }
};

class TestEnv : public EvalEnv {
 public:
  std::vector<Value> vars{Value(3), Value(true), Value("Mrs. Liu")};
  std::vector<std::string> errors;
  const Value& variable(int i) const override { return vars[static_cast<std::size_t>(i)]; }
  void set_variable(int i, Value v) override { vars[static_cast<std::size_t>(i)] = std::move(v); }
  std::int64_t visits(int p) const override { return p == 4 ? 2 : 0; }
  std::int64_t chosen(int c) const override { return c == 7 ? 1 : 0; }
  std::int64_t lens(int l) const override { return l == 0 ? 5 : 2; }
  std::string top_lens() const override { return "headline"; }
  std::int64_t ledger(int k) const override { return k < 0 ? -4 : 6; }
  std::int64_t deeds() const override { return 9; }
  std::int64_t random(std::int64_t lo, std::int64_t) override { return lo; }
  void runtime_error(const std::string& m) override { errors.push_back(m); }
};

Value eval(const std::string& src, TestEnv& env, ExprContext ctx = ExprContext::value) {
  TestScope scope;
  ExprError err;
  auto e = compile_expression(src, scope, ctx, err);
  INFO(src << " -> " << err.message);
  REQUIRE(e);
  return evaluate(*e, env);
}

ExprError error_of(const std::string& src, ExprContext ctx = ExprContext::value) {
  TestScope scope;
  ExprError err;
  auto e = compile_expression(src, scope, ctx, err);
  INFO(src);
  REQUIRE_FALSE(e);
  return err;
}

}  // namespace

TEST_CASE("arithmetic follows precedence and associativity", "[expression]") {
  TestEnv env;
  CHECK(eval("1 + 2 * 3", env) == Value(7));
  CHECK(eval("(1 + 2) * 3", env) == Value(9));
  CHECK(eval("10 - 3 - 2", env) == Value(5));
  CHECK(eval("17 / 5", env) == Value(3));
  CHECK(eval("17 % 5", env) == Value(2));
  CHECK(eval("-trust + 1", env) == Value(-2));
  CHECK(eval("- -4", env) == Value(4));
}

TEST_CASE("comparison, logic and strings", "[expression]") {
  TestEnv env;
  CHECK(eval("trust >= 3 and camera", env) == Value(true));
  CHECK(eval("trust > 3 or not camera", env) == Value(false));
  CHECK(eval("who == 'Mrs. Liu'", env) == Value(true));
  CHECK(eval("who + \" says hi\"", env) == Value("Mrs. Liu says hi"));
  CHECK(eval("'it\\'s'", env) == Value("it's"));
  CHECK(eval("true != false", env) == Value(true));
}

TEST_CASE("story functions read the environment", "[expression]") {
  TestEnv env;
  CHECK(eval("visits('metro')", env) == Value(2));
  CHECK(eval("chose('camera.install')", env) == Value(true));
  CHECK(eval("lens('headline') - lens('watched')", env) == Value(3));
  CHECK(eval("top_lens()", env) == Value("headline"));
  CHECK(eval("ledger('honesty') + ledger()", env) == Value(2));
  CHECK(eval("deeds()", env) == Value(9));
}

TEST_CASE("short-circuit: 'and' and 'or' skip the right side", "[expression]") {
  TestEnv env;
  CHECK(eval("false and 1 / 0 == 0", env) == Value(false));
  CHECK(eval("true or 1 / 0 == 0", env) == Value(true));
  CHECK(env.errors.empty());
}

TEST_CASE("runtime faults are reported, never thrown", "[expression]") {
  TestEnv env;
  CHECK(eval("trust / 0", env) == Value(0));
  CHECK(eval("trust % 0", env) == Value(0));
  CHECK(eval("9223372036854775807 + trust", env) == Value(0));
  CHECK(eval("-9223372036854775807 - 2 * 1", env) == Value(0));
  REQUIRE(env.errors.size() == 4);
  CHECK(env.errors[0] == "division by zero");
  CHECK(env.errors[1] == "remainder of division by zero");
  CHECK(env.errors[2] == "integer overflow");
}

TEST_CASE("syntax errors carry the exact message and code-point offset", "[expression]") {
  auto e = error_of("trust +");
  CHECK(e.message == "expected a value, found end of expression");
  CHECK(e.offset == 7);
  e = error_of("(trust + 1");
  CHECK(e.message == "expected ')', found end of expression");
  e = error_of("trust = 3");
  CHECK(e.message == "use '==' to compare; '=' assigns");
  CHECK(e.offset == 6);
  e = error_of("camera && true");
  CHECK(e.message == "use 'and' instead of '&&'");
  CHECK(e.offset == 7);
  e = error_of("!camera");
  CHECK(e.message == "use 'not' instead of '!'");
  e = error_of("'open");
  CHECK(e.message == "unterminated string");
  e = error_of("1 < trust < 3");
  CHECK(e.message == "comparisons cannot be chained; join them with 'and'");
  e = error_of("99999999999999999999");
  CHECK(e.message == "number is too large");
  e = error_of("who == '天' and trsut");
  CHECK(e.message == "unknown variable 'trsut' (did you mean 'trust'?)");
  CHECK(e.offset == 15);  // code points, not bytes: 天 is 3 bytes, 1 column
  e = error_of("trust $ 2");
  CHECK(e.message == "unexpected character '$'");
  CHECK(e.offset == 6);
}

TEST_CASE("type errors are caught at load time", "[expression]") {
  CHECK(error_of("trust + 'x'").message == "cannot add string to int");
  CHECK(error_of("camera and trust").message == "'and' needs bool operands, got int");
  CHECK(error_of("who < 'b'").message == "'<' needs int operands, got string");
  CHECK(error_of("trust == camera").message == "cannot compare int with bool");
  CHECK(error_of("not who").message == "'not' needs bool operands, got string");
  CHECK(error_of("-camera").message == "cannot negate bool");
  CHECK(error_of("trust", ExprContext::condition).message == "a condition must be true or false, but this is int");
}

TEST_CASE("functions check their names and arguments", "[expression]") {
  CHECK(error_of("visits('nowhere') > 0").message == "visits() names unknown passage 'nowhere'");
  CHECK(error_of("visits(metro)").message == "visits() takes a name in quotes, like visits('name')");
  CHECK(error_of("chose('camera.removed')").message ==
        "chose() names unknown choice 'camera.removed' (write 'passage.choice')");
  CHECK(error_of("lens('headlines') > 1").message == "lens() names unknown lens 'headlines'");
  CHECK(error_of("vists('metro')").message == "unknown function 'vists' (did you mean 'visits'?)");
  CHECK(error_of("random(1, 6) > 3", ExprContext::condition).message ==
        "random() can only be used in effects, not in conditions or text");
  CHECK(error_of("top_lens(1)").message == "top_lens() takes no arguments");
}

TEST_CASE("statements assign, add and subtract with type checks", "[expression]") {
  TestScope scope;
  TestEnv env;
  std::vector<Statement> st;
  ExprError err;
  REQUIRE(compile_statements("trust += 2; who = 'Xiao Chen'; camera = not camera; trust -= 1", scope, st, err));
  for (const auto& s : st) execute(s, env);
  CHECK(env.vars[0] == Value(4));
  CHECK(env.vars[1] == Value(false));
  CHECK(env.vars[2] == Value("Xiao Chen"));

  st.clear();
  CHECK_FALSE(compile_statements("trust = 'high'", scope, st, err));
  CHECK(err.message == "cannot assign string to int variable 'trust'");
  CHECK(err.offset == 6);
  CHECK_FALSE(compile_statements("camera += true", scope, st, err));
  CHECK(err.message == "'+=' needs int += int or string += string, not bool += bool");
  CHECK_FALSE(compile_statements("trust == 1", scope, st, err));
  CHECK(err.message == "use '=' to assign; '==' compares");
  CHECK_FALSE(compile_statements("trust += 1 camera = true", scope, st, err));
  CHECK(err.message == "expected ';' between effects, found name");
  CHECK_FALSE(compile_statements("", scope, st, err));
  CHECK(err.message == "empty effect");
}

TEST_CASE("deep nesting is refused instead of overflowing the stack", "[expression]") {
  std::string deep(200, '(');
  deep += "1";
  deep += std::string(200, ')');
  CHECK(error_of(deep).message == "expression is nested too deeply");
  CHECK(error_of(std::string(200, '-') + "1").message == "expression is nested too deeply");
  std::string nots;
  for (int i = 0; i < 100; ++i) nots += "not ";
  CHECK(error_of(nots + "true").message == "expression is nested too deeply");
  std::string chain = "1";
  for (int i = 0; i < 1500; ++i) chain += "+1";
  CHECK(error_of(chain).message == "expression is longer than 2000 bytes");
}
