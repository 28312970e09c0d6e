// Expression lexer, parser, type checker and evaluator.
//
// Sections: lexer / parser (precedence climbing, one function per level) /
//           evaluation / statements.
#include "expression.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "spelling.h"
#include "utf8.h"

namespace sky::engine {

namespace {

constexpr int kMaxNesting = 48;
// Long operator chains build deep (left-leaning) trees; bounding the length bounds the depth
// of evaluation and destruction too.
constexpr std::size_t kMaxLength = 2000;

std::uint32_t code_points_before(std::string_view s, std::size_t byte) {
  return static_cast<std::uint32_t>(utf8::length(s.substr(0, std::min(byte, s.size()))));
}

// ---------------------------------------------------------------------------------------
// Lexer

enum class Tok {
  end, integer, string, identifier, lparen, rparen, comma, semicolon,
  plus, minus, star, slash, percent, eq, ne, lt, le, gt, ge,
  assign, plus_assign, minus_assign, kw_and, kw_or, kw_not, kw_true, kw_false,
};

struct Token {
  Tok kind = Tok::end;
  std::size_t pos = 0;  // byte offset
  std::string text;     // identifier name or decoded string
  std::int64_t number = 0;
};

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  // Returns false and sets error on a bad token.
  bool next(Token& t, std::string& error) {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    t = Token{};
    t.pos = i_;
    if (i_ >= s_.size()) return true;
    const char c = s_[i_];
    if (c >= '0' && c <= '9') return number(t, error);
    if (c == '\'' || c == '"') return string(t, error);
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t j = i_;
      while (j < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[j])) || s_[j] == '_')) ++j;
      t.text = std::string(s_.substr(i_, j - i_));
      i_ = j;
      if (t.text == "and") t.kind = Tok::kw_and;
      else if (t.text == "or") t.kind = Tok::kw_or;
      else if (t.text == "not") t.kind = Tok::kw_not;
      else if (t.text == "true") t.kind = Tok::kw_true;
      else if (t.text == "false") t.kind = Tok::kw_false;
      else t.kind = Tok::identifier;
      return true;
    }
    auto two = [&](char a, char b) { return c == a && i_ + 1 < s_.size() && s_[i_ + 1] == b; };
    if (two('=', '=')) return emit(t, Tok::eq, 2);
    if (two('!', '=')) return emit(t, Tok::ne, 2);
    if (two('<', '=')) return emit(t, Tok::le, 2);
    if (two('>', '=')) return emit(t, Tok::ge, 2);
    if (two('+', '=')) return emit(t, Tok::plus_assign, 2);
    if (two('-', '=')) return emit(t, Tok::minus_assign, 2);
    if (two('&', '&')) { error = "use 'and' instead of '&&'"; return false; }
    if (two('|', '|')) { error = "use 'or' instead of '||'"; return false; }
    switch (c) {
      case '(': return emit(t, Tok::lparen, 1);
      case ')': return emit(t, Tok::rparen, 1);
      case ',': return emit(t, Tok::comma, 1);
      case ';': return emit(t, Tok::semicolon, 1);
      case '+': return emit(t, Tok::plus, 1);
      case '-': return emit(t, Tok::minus, 1);
      case '*': return emit(t, Tok::star, 1);
      case '/': return emit(t, Tok::slash, 1);
      case '%': return emit(t, Tok::percent, 1);
      case '<': return emit(t, Tok::lt, 1);
      case '>': return emit(t, Tok::gt, 1);
      case '=': return emit(t, Tok::assign, 1);
      case '!': error = "use 'not' instead of '!'"; return false;
      default: break;
    }
    std::size_t k = i_;
    const char32_t cp = utf8::next(s_, k);
    std::string shown;
    utf8::append(shown, cp);
    error = "unexpected character '" + shown + "'";
    return false;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;

  bool emit(Token& t, Tok k, std::size_t len) {
    t.kind = k;
    i_ += len;
    return true;
  }

  bool number(Token& t, std::string& error) {
    std::int64_t v = 0;
    std::size_t j = i_;
    while (j < s_.size() && s_[j] >= '0' && s_[j] <= '9') {
      const int digit = s_[j] - '0';
      if (v > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
        error = "number is too large";
        return false;
      }
      v = v * 10 + digit;
      ++j;
    }
    if (j < s_.size() && (std::isalpha(static_cast<unsigned char>(s_[j])) || s_[j] == '_' || s_[j] == '.')) {
      error = "malformed number";
      return false;
    }
    t.kind = Tok::integer;
    t.number = v;
    i_ = j;
    return true;
  }

  bool string(Token& t, std::string& error) {
    const char quote = s_[i_];
    std::size_t j = i_ + 1;
    std::string out;
    while (j < s_.size() && s_[j] != quote) {
      if (s_[j] == '\\' && j + 1 < s_.size()) {
        const char e = s_[j + 1];
        if (e == '\\' || e == '\'' || e == '"') out += e;
        else if (e == 'n') out += '\n';
        else {
          i_ = j;
          error = std::string("unknown escape '\\") + e + "' in string";
          return false;
        }
        j += 2;
      } else {
        out += s_[j++];
      }
    }
    if (j >= s_.size()) {
      error = "unterminated string";
      return false;
    }
    t.kind = Tok::string;
    t.text = std::move(out);
    i_ = j + 1;
    return true;
  }
};

const char* describe(Tok k) {
  switch (k) {
    case Tok::end: return "end of expression";
    case Tok::integer: return "number";
    case Tok::string: return "string";
    case Tok::identifier: return "name";
    case Tok::lparen: return "'('";
    case Tok::rparen: return "')'";
    case Tok::comma: return "','";
    case Tok::semicolon: return "';'";
    case Tok::plus: return "'+'";
    case Tok::minus: return "'-'";
    case Tok::star: return "'*'";
    case Tok::slash: return "'/'";
    case Tok::percent: return "'%'";
    case Tok::eq: return "'=='";
    case Tok::ne: return "'!='";
    case Tok::lt: return "'<'";
    case Tok::le: return "'<='";
    case Tok::gt: return "'>'";
    case Tok::ge: return "'>='";
    case Tok::assign: return "'='";
    case Tok::plus_assign: return "'+='";
    case Tok::minus_assign: return "'-='";
    case Tok::kw_and: return "'and'";
    case Tok::kw_or: return "'or'";
    case Tok::kw_not: return "'not'";
    case Tok::kw_true: return "'true'";
    case Tok::kw_false: return "'false'";
  }
  return "?";
}

// ---------------------------------------------------------------------------------------
// Parser

struct CompileFailure {
  std::size_t pos;
  std::string message;
};

class Parser {
 public:
  Parser(std::string_view src, const Scope& scope, ExprContext ctx) : src_(src), lex_(src), scope_(scope), ctx_(ctx) {
    advance();
  }

  ExprPtr expression_all() {
    ExprPtr e = expression();
    if (tok_.kind != Tok::end) fail(tok_.pos, std::string("unexpected ") + describe(tok_.kind));
    return e;
  }

  void statements(std::vector<Statement>& out) {
    while (tok_.kind != Tok::end) {
      if (tok_.kind == Tok::semicolon) {
        advance();
        continue;
      }
      if (tok_.kind != Tok::identifier)
        fail(tok_.pos, std::string("expected a variable to assign, found ") + describe(tok_.kind));
      Statement st;
      st.offset = offset(tok_.pos);
      const std::string name = tok_.text;
      const std::size_t name_pos = tok_.pos;
      auto var = scope_.variable(name);
      if (!var) fail(name_pos, "unknown variable '" + name + "'" + did_you_mean(name, scope_.variable_names()));
      advance();
      if (tok_.kind == Tok::assign) st.op = AssignOp::set;
      else if (tok_.kind == Tok::plus_assign) st.op = AssignOp::add;
      else if (tok_.kind == Tok::minus_assign) st.op = AssignOp::subtract;
      else if (tok_.kind == Tok::eq) fail(tok_.pos, "use '=' to assign; '==' compares");
      else fail(tok_.pos, std::string("expected '=', '+=' or '-=' after '") + name + "', found " + describe(tok_.kind));
      const std::size_t op_pos = tok_.pos;
      advance();
      st.variable = var->index;
      st.value = expression();
      if (st.op == AssignOp::set && st.value->type != var->type)
        fail(op_pos, "cannot assign " + std::string(type_name(st.value->type)) + " to " + type_name(var->type) +
                         " variable '" + name + "'");
      if (st.op == AssignOp::add && !((var->type == Type::integer && st.value->type == Type::integer) ||
                                      (var->type == Type::string && st.value->type == Type::string)))
        fail(op_pos, "'+=' needs int += int or string += string, not " + std::string(type_name(var->type)) +
                         " += " + type_name(st.value->type));
      if (st.op == AssignOp::subtract && !(var->type == Type::integer && st.value->type == Type::integer))
        fail(op_pos, "'-=' needs int -= int, not " + std::string(type_name(var->type)) + " -= " +
                         type_name(st.value->type));
      out.push_back(std::move(st));
      if (tok_.kind == Tok::semicolon) advance();
      else if (tok_.kind != Tok::end) fail(tok_.pos, std::string("expected ';' between effects, found ") + describe(tok_.kind));
    }
  }

  std::uint32_t offset(std::size_t byte) const { return code_points_before(src_, byte); }

 private:
  std::string_view src_;
  Lexer lex_;
  const Scope& scope_;
  ExprContext ctx_;
  Token tok_;
  int depth_ = 0;

  [[noreturn]] void fail(std::size_t pos, std::string message) { throw CompileFailure{pos, std::move(message)}; }

  void advance() {
    std::string error;
    Token t;
    const bool ok = lex_.next(t, error);
    if (!ok) fail(t.pos, error);
    tok_ = std::move(t);
  }

  ExprPtr node(Op op, Type type, std::size_t pos) {
    auto e = std::make_unique<Expr>();
    e->op = op;
    e->type = type;
    e->offset = offset(pos);
    return e;
  }

  ExprPtr binary(Op op, Type type, std::size_t pos, ExprPtr l, ExprPtr r) {
    auto e = node(op, type, pos);
    e->lhs = std::move(l);
    e->rhs = std::move(r);
    return e;
  }

  struct DepthGuard {
    explicit DepthGuard(Parser& p, std::size_t pos) : p_(p) {
      if (++p_.depth_ > kMaxNesting) p_.fail(pos, "expression is nested too deeply");
    }
    ~DepthGuard() { --p_.depth_; }
    Parser& p_;
  };

  ExprPtr expression() {
    DepthGuard guard(*this, tok_.pos);
    return disjunction();
  }

  void need_bool(const Expr& e, std::size_t pos, const char* op) {
    if (e.type != Type::boolean)
      fail(pos, std::string("'") + op + "' needs bool operands, got " + type_name(e.type));
  }

  ExprPtr disjunction() {
    ExprPtr l = conjunction();
    while (tok_.kind == Tok::kw_or) {
      const std::size_t pos = tok_.pos;
      advance();
      ExprPtr r = conjunction();
      need_bool(*l, pos, "or");
      need_bool(*r, pos, "or");
      l = binary(Op::logical_or, Type::boolean, pos, std::move(l), std::move(r));
    }
    return l;
  }

  ExprPtr conjunction() {
    ExprPtr l = negation();
    while (tok_.kind == Tok::kw_and) {
      const std::size_t pos = tok_.pos;
      advance();
      ExprPtr r = negation();
      need_bool(*l, pos, "and");
      need_bool(*r, pos, "and");
      l = binary(Op::logical_and, Type::boolean, pos, std::move(l), std::move(r));
    }
    return l;
  }

  ExprPtr negation() {
    if (tok_.kind == Tok::kw_not) {
      const std::size_t pos = tok_.pos;
      advance();
      DepthGuard guard(*this, pos);
      ExprPtr operand = negation();
      need_bool(*operand, pos, "not");
      auto e = node(Op::logical_not, Type::boolean, pos);
      e->lhs = std::move(operand);
      return e;
    }
    return comparison();
  }

  ExprPtr comparison() {
    ExprPtr l = additive();
    Op op;
    switch (tok_.kind) {
      case Tok::eq: op = Op::equal; break;
      case Tok::ne: op = Op::not_equal; break;
      case Tok::lt: op = Op::less; break;
      case Tok::le: op = Op::less_equal; break;
      case Tok::gt: op = Op::greater; break;
      case Tok::ge: op = Op::greater_equal; break;
      case Tok::assign: fail(tok_.pos, "use '==' to compare; '=' assigns");
      default: return l;
    }
    const std::size_t pos = tok_.pos;
    const char* name = describe(tok_.kind);
    advance();
    ExprPtr r = additive();
    if (l->type != r->type)
      fail(pos, std::string("cannot compare ") + type_name(l->type) + " with " + type_name(r->type));
    if (op != Op::equal && op != Op::not_equal && l->type != Type::integer)
      fail(pos, std::string(name) + " needs int operands, got " + type_name(l->type));
    auto e = binary(op, Type::boolean, pos, std::move(l), std::move(r));
    if (tok_.kind >= Tok::eq && tok_.kind <= Tok::ge)
      fail(tok_.pos, "comparisons cannot be chained; join them with 'and'");
    return e;
  }

  ExprPtr additive() {
    ExprPtr l = multiplicative();
    while (tok_.kind == Tok::plus || tok_.kind == Tok::minus) {
      const bool plus = tok_.kind == Tok::plus;
      const std::size_t pos = tok_.pos;
      advance();
      ExprPtr r = multiplicative();
      if (plus && l->type == Type::string && r->type == Type::string) {
        l = binary(Op::add, Type::string, pos, std::move(l), std::move(r));
        continue;
      }
      if (l->type != Type::integer || r->type != Type::integer)
        fail(pos, std::string("cannot ") + (plus ? "add " : "subtract ") + type_name(r->type) +
                      (plus ? " to " : " from ") + type_name(l->type));
      l = binary(plus ? Op::add : Op::subtract, Type::integer, pos, std::move(l), std::move(r));
    }
    return l;
  }

  ExprPtr multiplicative() {
    ExprPtr l = unary();
    while (tok_.kind == Tok::star || tok_.kind == Tok::slash || tok_.kind == Tok::percent) {
      const Op op = tok_.kind == Tok::star ? Op::multiply : tok_.kind == Tok::slash ? Op::divide : Op::modulo;
      const std::size_t pos = tok_.pos;
      const char* name = describe(tok_.kind);
      advance();
      ExprPtr r = unary();
      if (l->type != Type::integer || r->type != Type::integer)
        fail(pos, std::string(name) + " needs int operands, got " + type_name(l->type) + " and " + type_name(r->type));
      l = binary(op, Type::integer, pos, std::move(l), std::move(r));
    }
    return l;
  }

  ExprPtr unary() {
    if (tok_.kind == Tok::minus) {
      const std::size_t pos = tok_.pos;
      advance();
      DepthGuard guard(*this, pos);
      ExprPtr operand = unary();
      if (operand->type != Type::integer) fail(pos, std::string("cannot negate ") + type_name(operand->type));
      auto e = node(Op::negate, Type::integer, pos);
      e->lhs = std::move(operand);
      return e;
    }
    return primary();
  }

  ExprPtr primary() {
    const std::size_t pos = tok_.pos;
    switch (tok_.kind) {
      case Tok::integer: {
        auto e = node(Op::literal, Type::integer, pos);
        e->literal = Value(tok_.number);
        advance();
        return e;
      }
      case Tok::string: {
        auto e = node(Op::literal, Type::string, pos);
        e->literal = Value(tok_.text);
        advance();
        return e;
      }
      case Tok::kw_true:
      case Tok::kw_false: {
        auto e = node(Op::literal, Type::boolean, pos);
        e->literal = Value(tok_.kind == Tok::kw_true);
        advance();
        return e;
      }
      case Tok::lparen: {
        advance();
        ExprPtr e = expression();
        if (tok_.kind != Tok::rparen) fail(tok_.pos, std::string("expected ')', found ") + describe(tok_.kind));
        advance();
        return e;
      }
      case Tok::identifier: {
        std::string name = tok_.text;
        advance();
        if (tok_.kind == Tok::lparen) return call(name, pos);
        auto var = scope_.variable(name);
        if (!var) fail(pos, "unknown variable '" + name + "'" + did_you_mean(name, scope_.variable_names()));
        auto e = node(Op::variable, var->type, pos);
        e->index = var->index;
        return e;
      }
      case Tok::end: fail(pos, "expected a value, found end of expression");
      default: fail(pos, std::string("expected a value, found ") + describe(tok_.kind));
    }
  }

  // Reads one quoted name argument: visits('camera').
  std::pair<std::string, std::size_t> name_argument(const std::string& fn) {
    if (tok_.kind != Tok::string) fail(tok_.pos, fn + "() takes a name in quotes, like " + fn + "('name')");
    auto out = std::make_pair(tok_.text, tok_.pos);
    advance();
    return out;
  }

  void close_call(const std::string& fn) {
    if (tok_.kind == Tok::comma) fail(tok_.pos, fn + "() takes fewer arguments");
    if (tok_.kind != Tok::rparen) fail(tok_.pos, std::string("expected ')' to close ") + fn + "(, found " + describe(tok_.kind));
    advance();
  }

  ExprPtr call(const std::string& fn, std::size_t pos) {
    advance();  // '('
    if (fn == "visits" || fn == "chose" || fn == "lens" || fn == "ledger") {
      if (fn == "ledger" && tok_.kind == Tok::rparen) {
        advance();
        return node(Op::ledger_total, Type::integer, pos);
      }
      auto [arg, arg_pos] = name_argument(fn);
      close_call(fn);
      if (fn == "visits") {
        auto e = node(Op::visits, Type::integer, pos);
        e->index = scope_.passage(arg);
        if (e->index < 0) fail(arg_pos, "visits() names unknown passage '" + arg + "'");
        return e;
      }
      if (fn == "chose") {
        auto e = node(Op::chose, Type::boolean, pos);
        e->index = scope_.choice(arg);
        if (e->index < 0) fail(arg_pos, "chose() names unknown choice '" + arg + "' (write 'passage.choice')");
        return e;
      }
      if (fn == "lens") {
        auto e = node(Op::lens, Type::integer, pos);
        e->index = scope_.lens(arg);
        if (e->index < 0) fail(arg_pos, "lens() names unknown lens '" + arg + "'");
        return e;
      }
      auto e = node(Op::ledger, Type::integer, pos);
      e->index = scope_.ledger_kind(arg);
      if (e->index < 0) fail(arg_pos, "ledger() names unknown ledger kind '" + arg + "'");
      return e;
    }
    if (fn == "top_lens" || fn == "deeds") {
      if (tok_.kind != Tok::rparen) fail(tok_.pos, fn + "() takes no arguments");
      advance();
      return node(fn == "top_lens" ? Op::top_lens : Op::deeds, fn == "top_lens" ? Type::string : Type::integer, pos);
    }
    if (fn == "random") {
      if (ctx_ != ExprContext::effect) fail(pos, "random() can only be used in effects, not in conditions or text");
      ExprPtr lo = expression();
      if (tok_.kind != Tok::comma) fail(tok_.pos, "random() takes two numbers: random(low, high)");
      advance();
      ExprPtr hi = expression();
      close_call(fn);
      if (lo->type != Type::integer || hi->type != Type::integer) fail(pos, "random() takes two ints");
      return binary(Op::random, Type::integer, pos, std::move(lo), std::move(hi));
    }
    static const std::vector<std::string> known = {"visits", "chose", "lens", "top_lens", "ledger", "deeds", "random"};
    fail(pos, "unknown function '" + fn + "'" + did_you_mean(fn, known));
  }
};

// ---------------------------------------------------------------------------------------
// Evaluation

// Integer arithmetic that reports overflow instead of wrapping (or invoking UB).
std::int64_t arith(Op op, std::int64_t a, std::int64_t b, EvalEnv& env) {
  std::int64_t r = 0;
  bool overflow = false;
  switch (op) {
    case Op::add: overflow = __builtin_add_overflow(a, b, &r); break;
    case Op::subtract: overflow = __builtin_sub_overflow(a, b, &r); break;
    case Op::multiply: overflow = __builtin_mul_overflow(a, b, &r); break;
    case Op::divide:
    case Op::modulo:
      if (b == 0) {
        env.runtime_error(op == Op::divide ? "division by zero" : "remainder of division by zero");
        return 0;
      }
      if (a == std::numeric_limits<std::int64_t>::min() && b == -1) {
        overflow = true;
        break;
      }
      r = op == Op::divide ? a / b : a % b;
      break;
    default: break;
  }
  if (overflow) {
    env.runtime_error("integer overflow");
    return 0;
  }
  return r;
}

}  // namespace

ExprPtr compile_expression(std::string_view src, const Scope& scope, ExprContext ctx, ExprError& error) {
  if (src.size() > kMaxLength) {
    error = {0, "expression is longer than " + std::to_string(kMaxLength) + " bytes"};
    return nullptr;
  }
  try {
    Parser parser(src, scope, ctx);
    ExprPtr e = parser.expression_all();
    if (ctx == ExprContext::condition && e->type != Type::boolean) {
      error = {0, std::string("a condition must be true or false, but this is ") + type_name(e->type)};
      return nullptr;
    }
    return e;
  } catch (const CompileFailure& f) {
    error = {code_points_before(src, f.pos), f.message};
    return nullptr;
  }
}

bool compile_statements(std::string_view src, const Scope& scope, std::vector<Statement>& out, ExprError& error) {
  if (src.size() > kMaxLength) {
    error = {0, "effects are longer than " + std::to_string(kMaxLength) + " bytes"};
    return false;
  }
  try {
    Parser parser(src, scope, ExprContext::effect);
    std::vector<Statement> result;
    parser.statements(result);
    if (result.empty()) {
      error = {0, "empty effect"};
      return false;
    }
    for (auto& s : result) out.push_back(std::move(s));
    return true;
  } catch (const CompileFailure& f) {
    error = {code_points_before(src, f.pos), f.message};
    return false;
  }
}

Value evaluate(const Expr& e, EvalEnv& env) {
  switch (e.op) {
    case Op::literal: return e.literal;
    case Op::variable: return env.variable(e.index);
    case Op::negate: return arith(Op::subtract, 0, evaluate(*e.lhs, env).as_int(), env);
    case Op::logical_not: return !evaluate(*e.lhs, env).as_bool();
    case Op::logical_and: return evaluate(*e.lhs, env).as_bool() && evaluate(*e.rhs, env).as_bool();
    case Op::logical_or: return evaluate(*e.lhs, env).as_bool() || evaluate(*e.rhs, env).as_bool();
    case Op::add:
      if (e.type == Type::string) return evaluate(*e.lhs, env).as_string() + evaluate(*e.rhs, env).as_string();
      [[fallthrough]];
    case Op::subtract:
    case Op::multiply:
    case Op::divide:
    case Op::modulo: {
      const std::int64_t a = evaluate(*e.lhs, env).as_int();
      const std::int64_t b = evaluate(*e.rhs, env).as_int();
      return arith(e.op, a, b, env);
    }
    case Op::equal: return evaluate(*e.lhs, env) == evaluate(*e.rhs, env);
    case Op::not_equal: return evaluate(*e.lhs, env) != evaluate(*e.rhs, env);
    case Op::less: return evaluate(*e.lhs, env).as_int() < evaluate(*e.rhs, env).as_int();
    case Op::less_equal: return evaluate(*e.lhs, env).as_int() <= evaluate(*e.rhs, env).as_int();
    case Op::greater: return evaluate(*e.lhs, env).as_int() > evaluate(*e.rhs, env).as_int();
    case Op::greater_equal: return evaluate(*e.lhs, env).as_int() >= evaluate(*e.rhs, env).as_int();
    case Op::visits: return env.visits(e.index);
    case Op::chose: return env.chosen(e.index) > 0;
    case Op::lens: return env.lens(e.index);
    case Op::top_lens: return env.top_lens();
    case Op::ledger: return env.ledger(e.index);
    case Op::ledger_total: return env.ledger(-1);
    case Op::deeds: return env.deeds();
    case Op::random: {
      const std::int64_t lo = evaluate(*e.lhs, env).as_int();
      const std::int64_t hi = evaluate(*e.rhs, env).as_int();
      if (hi < lo) {
        env.runtime_error("random() low bound " + std::to_string(lo) + " is above high bound " + std::to_string(hi));
        return lo;
      }
      return env.random(lo, hi);
    }
  }
  return std::int64_t{0};
}

void execute(const Statement& s, EvalEnv& env) {
  Value v = evaluate(*s.value, env);
  switch (s.op) {
    case AssignOp::set: env.set_variable(s.variable, std::move(v)); return;
    case AssignOp::add: {
      const Value& old = env.variable(s.variable);
      if (old.type() == Type::string) {
        env.set_variable(s.variable, old.as_string() + v.as_string());
        return;
      }
      env.set_variable(s.variable, arith(Op::add, old.as_int(), v.as_int(), env));
      return;
    }
    case AssignOp::subtract:
      env.set_variable(s.variable, arith(Op::subtract, env.variable(s.variable).as_int(), v.as_int(), env));
      return;
  }
}

void visit_nodes(const Expr& e, const std::function<void(const Expr&)>& fn) {
  fn(e);
  if (e.lhs) visit_nodes(*e.lhs, fn);
  if (e.rhs) visit_nodes(*e.rhs, fn);
}

}  // namespace sky::engine
