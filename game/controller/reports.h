// Reports a player or a teacher takes away, built from the story and a play-through: the
// journey (self-guided), the lesson (classroom), and the educator guide (from content alone).
// Markdown for the words; PNG charts without text beside them. The summaries they share with
// the screens (impressions, reflection questions) are in summaries.h.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "engine/runtime.h"
#include "engine/story.h"
#include "game/classroom.h"

namespace sky::game {

/// A one-page Markdown journey: path, lens pattern, ledger, impressions, reflections.
std::string journey_markdown(const engine::Story& story, const engine::Runtime& rt,
                             const std::map<std::string, std::string>& reflections, const std::string& chart_file);
/// The class's path, votes, lens pattern and impressions.
std::string lesson_markdown(const engine::Story& story, const Classroom& classroom, const std::string& chart_file);
/// One row per option of every decision: decision,passage,option,text,votes,chosen,overridden.
std::string votes_csv(const Classroom& classroom);
/// The educator guide: learning goals, chapter summaries and timings, routes, discussion
/// prompts, glossary, facts, sources.
std::string guide_markdown(const engine::Story& story);

/// Each writes its files into `dir` (created if needed) and lists them in `written`; false
/// with a message naming the file if something could not be written.
bool export_journey(const std::filesystem::path& dir, const engine::Story& story, const engine::Runtime& rt,
                    const std::map<std::string, std::string>& reflections, std::vector<std::filesystem::path>& written,
                    std::string& error);
bool export_lesson(const std::filesystem::path& dir, const engine::Story& story, const Classroom& classroom,
                   std::vector<std::filesystem::path>& written, std::string& error);
bool export_guide(const std::filesystem::path& dir, const engine::Story& story, std::vector<std::filesystem::path>& written,
                  std::string& error);

/// A folder name for now, like "2026-11-27-1430".
std::string timestamp_name();

}  // namespace sky::game
