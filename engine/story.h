// The story model: a checked, read-only description of the whole game's content, built
// by the loader (story_loader.h) and run by the runtime (runtime.h). Everything a player
// can read is a TextTemplate in `texts`, addressed by a stable id for translation.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "expression.h"
#include "rich_text.h"
#include "value.h"

namespace sky::engine {

using TextId = std::int32_t;  ///< index into Story::texts; -1 = none
inline constexpr TextId kNoText = -1;

struct Speaker {
  std::string id;
  TextId name = kNoText;
  TextId role = kNoText;   ///< a short description ("a retired physics teacher")
  bool imagined = false;   ///< a voice the essay does not report; the UI labels it
  bool participant = false;  ///< a real person the essay reports: every line needs a source or a 'dramatised' mark
};

/// A learning goal every path of every route must teach (declared once in story.json).
struct Goal {
  std::string id;
  TextId name = kNoText;
};

/// One of the competing perspectives a choice is read through.
struct Lens {
  std::string id;
  TextId name = kNoText;
  TextId blurb = kNoText;
  std::string mark;    ///< a short symbol shown beside the colour, so nothing rests on colour
  std::string colour;  ///< "#rrggbb"
};

/// A kind of deed the hidden ledger keeps count of.
struct LedgerKind {
  std::string id;
  TextId name = kNoText;
  TextId blurb = kNoText;
};

struct Variable {
  std::string id;
  Value initial;
};

/// How one lens reads a choice; `section` is the essay section it rests on.
struct Reading {
  int lens = -1;
  TextId text = kNoText;
  int section = -1;
  int lean = 1;  ///< how much the choice leans on this lens (0 = a reading against it)
};

/// A deed the hidden ledger records when a choice is made.
struct LedgerMark {
  int kind = -1;
  int points = 0;
  TextId note = kNoText;
};

/// Where a choice leads: a passage, or the next chapter of the current route.
struct Target {
  enum class Kind : std::uint8_t { passage, next_chapter };
  Kind kind = Kind::passage;
  int passage = -1;
};

struct Choice {
  std::string id;       ///< local id, unique in its passage
  std::string full_id;  ///< "chapter.passage.choice"
  TextId text = kNoText;
  Target target;
  ExprPtr condition;    ///< null = always open
  std::vector<Statement> effects;
  std::vector<Reading> readings;
  std::vector<LedgerMark> ledger;
  bool once = false;    ///< closes after it has been chosen once
};

struct Line {
  TextId text = kNoText;
  int speaker = -1;  ///< -1 = narration
  ExprPtr condition;
  bool dramatised = false;  ///< a real participant given words the essay does not report; the UI marks it
  int section = -1;         ///< the essay section a participant's line comes from, or -1
  std::vector<int> teaches; ///< goals this line teaches whenever it is shown
};

struct Ending {
  std::string id;
  TextId title = kNoText;
};

struct Passage {
  std::string id;        ///< "chapter.name"
  std::string local_id;  ///< "name"
  int chapter = -1;
  TextId title = kNoText;
  std::vector<Line> lines;
  std::vector<Statement> effects;  ///< run on every entry
  std::vector<Choice> choices;
  std::optional<Target> next;      ///< offered as "Continue" when no choice is open
  TextId next_label = kNoText;
  std::optional<Ending> ending;
  std::vector<std::string> tags;
  std::vector<TextId> prompts;     ///< discussion prompts; a passage with prompts is a key decision
  std::vector<int> teaches;        ///< goals (Story::goals) its main text teaches, on every entry
  std::string illustration;
  int first_choice = 0;            ///< global index of choices[0]

  bool has_tag(const std::string& t) const;
  bool key_decision() const { return !prompts.empty(); }
};

struct Chapter {
  std::string id;
  std::string file;        ///< the chapter's file as diagnostics name it
  TextId title = kNoText;
  TextId subtitle = kNoText;
  TextId summary = kNoText;
  std::string illustration;
  int start = -1;          ///< passage index
  int first_passage = 0;   ///< passages [first_passage, first_passage + passage_count)
  int passage_count = 0;
  int minutes = 0;         ///< the author's estimate of a typical path
};

struct GlossaryTerm {
  std::string id;
  TextId term = kNoText;        ///< the word as shown in running text ("guanxi")
  std::string hanzi;            ///< 关系
  std::string pinyin;           ///< guānxì
  TextId definition = kNoText;
  std::vector<int> see;         ///< related terms
};

/// A section of the essay view: the essay's argument rebuilt in the game's own words.
struct EssaySection {
  std::string id;
  TextId title = kNoText;
  std::vector<TextId> body;
  int unlocked_by = -1;         ///< chapter index
  std::vector<int> scenes;      ///< passages that link back from this section
  std::string article;          ///< the part of the original article it draws on
};

/// A figure from the essay for the facts panel.
struct Fact {
  std::string id;
  TextId figure = kNoText;
  TextId label = kNoText;
  int section = -1;
};

/// A curated path through the chapters (classroom 15/30/45 minutes, kiosk, full).
struct Route {
  std::string id;
  TextId title = kNoText;
  TextId blurb = kNoText;
  int minutes = 0;
  std::vector<int> chapters;
  std::vector<std::pair<int, Value>> settings;  ///< variables set when the route begins
  std::vector<std::string> modes;              ///< "classroom", "kiosk", "play"
};

/// The essay everything is drawn from, and other credits.
struct About {
  std::string author, title, publisher, date, url;
  TextId method = kNoText;
  std::vector<TextId> goals;    ///< what a player should be able to explain afterwards
  std::vector<TextId> credits;
};

class Story {
 public:
  std::string id;
  std::string version;    ///< the author's content version ("1.2.0")
  std::string hash;       ///< digest of every content file; changes with any edit
  std::string directory;  ///< where it was loaded from
  std::string manifest_file;  ///< story.json as diagnostics name it
  TextId title = kNoText;
  int start = -1;         ///< passage index

  std::vector<TextTemplate> texts;
  /// The language `texts` and `interface` are in ("en" = the English the content is written in).
  std::string language = "en";
  /// Interface strings of the current language by id without "ui/" (empty for English).
  std::unordered_map<std::string, std::string> interface;
  /// A second language loaded alongside (LoadOptions::language): its texts, same ids and order
  /// as `texts` (the English where a translation is missing or broken), and its interface.
  struct Edition {
    std::string language;
    std::vector<TextTemplate> texts;
    std::unordered_map<std::string, std::string> interface;
  };
  Edition other;
  /// Makes `code` the current language if it is loaded; false (nothing changes) otherwise.
  /// Text ids stay the same, so a runtime and its history stay valid.
  bool use_language(const std::string& code);
  /// The loaded languages: "en" and the other edition's, if any.
  std::vector<std::string> languages() const;
  std::vector<Speaker> speakers;
  std::vector<Goal> goals;        ///< learning goals; at most 32
  std::vector<Lens> lenses;
  std::vector<LedgerKind> ledger_kinds;
  std::vector<Variable> variables;
  std::vector<Chapter> chapters;
  std::vector<Passage> passages;
  std::vector<GlossaryTerm> glossary;
  std::vector<EssaySection> sections;
  std::vector<Fact> facts;
  std::vector<Route> routes;
  About about;
  std::size_t choice_count = 0;

  /// Lookups by id; -1 when unknown.
  int find_passage(const std::string& full_id) const;
  int find_chapter(const std::string& id) const;
  int find_route(const std::string& id) const;
  int find_term(const std::string& id) const;
  int find_section(const std::string& id) const;
  int find_lens(const std::string& id) const;
  int find_variable(const std::string& id) const;
  int find_speaker(const std::string& id) const;
  /// Global choice index from "chapter.passage.choice", or -1.
  int find_choice(const std::string& full_id) const;

  /// The source text of a string (untranslated, markup intact); "" for kNoText.
  const std::string& source(TextId id) const;
  /// The rendered form of a text with no interpolated values; asserts it is static.
  const RichText& fixed(TextId id) const;

  const Choice& choice(std::size_t global_index) const;

  /// Builds the lookup tables; called by the loader once the vectors are final. Maps the
  /// loader already built (by id) may be handed over instead of rebuilt.
  struct Indexes {
    std::unordered_map<std::string, int> passages, chapters, terms, sections, lenses, variables, speakers, choices;
  };
  void index(Indexes* built = nullptr);

 private:
  std::unordered_map<std::string, int> passage_ix_, chapter_ix_, route_ix_, term_ix_, section_ix_, lens_ix_,
      variable_ix_, speaker_ix_, choice_ix_;
  std::vector<int> choice_owner_;
};

/// Where a passage (and optionally one of its choices) is written in its chapter file: a
/// JSON pointer, for diagnostics.
std::string passage_pointer(const Story& story, int passage, int choice = -1);

}  // namespace sky::engine
