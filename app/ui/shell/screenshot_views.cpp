// Puts the shell in a chosen view with something on it, for `summit --screenshot --view V`:
// screenshots of every view from the app itself, on a collection that has some history.
#include <filesystem>
#include <numeric>
#include <vector>

#include "app/ui/browse/browse_view.h"
#include "app/ui/edit/editor_view.h"
#include "app/ui/import/import_view.h"
#include "app/ui/shell/app_shell.h"
#include "content/model/cloze.h"

namespace summit::ui {
namespace {

// A right answer to `question`, so a preview session shows realistic accuracy.
study::Answer RightAnswer(const content::Question& question) {
    study::Answer answer;
    switch (question.type) {
        case content::QuestionType::kFlashcard:
            break;
        case content::QuestionType::kMultipleChoice:
            for (size_t i = 0; i < question.choices.size(); ++i) {
                if (question.choices[i].correct) {
                    answer.chosen.push_back(static_cast<int>(i));
                }
            }
            break;
        case content::QuestionType::kTrueFalse:
            answer.said_true = question.answer;
            break;
        case content::QuestionType::kTyped:
            answer.text = question.accepted.empty() ? "" : question.accepted.front();
            break;
        case content::QuestionType::kCloze:
            if (auto cloze = content::ParseCloze(question.prompt)) {
                for (const content::ClozeGap& gap : cloze->gaps) {
                    answer.gaps.push_back(gap.answers.empty() ? "" : gap.answers.front());
                }
            }
            break;
        case content::QuestionType::kMatching:
            answer.matches.resize(question.pairs.size());
            std::iota(answer.matches.begin(), answer.matches.end(), 0);
            break;
        case content::QuestionType::kOrdering:
            answer.order.resize(question.items.size());
            std::iota(answer.order.begin(), answer.order.end(), 0);
            break;
        case content::QuestionType::kNumerical:
            for (const content::NumericAnswer& number : question.numbers) {
                if (!number.any_other && answer.text.empty()) {
                    answer.text = std::to_string(number.value);
                }
            }
            break;
    }
    return answer;
}

// A multiple-choice question with several right answers being written, complete but for
// one choice's text, so the editor shows a problem beside its field and the preview beside.
void FillEditorExample(AppShell& shell, storage::DeckId deck) {
    shell.OpenEditorNew(deck, ViewId::kHome);
    EditorView& editor = shell.editor();
    editor.SetType(content::QuestionType::kMultipleChoice);
    content::Question& q = editor.question();
    q.choices.clear();
    q.prompt = "Which of these planets are gas giants?";
    for (const char* text : {"Jupiter", "Saturn", "Mars", ""}) {
        content::Choice& choice = q.choices.emplace_back();
        choice.text = text;
        choice.correct = q.choices.size() <= 2;
    }
    q.explanation = "Jupiter and Saturn are mostly hydrogen and helium; Mars is rocky.";
    q.topic = "planets:kinds";
    q.source = content::SourceRef{"", 3};
    editor.SetTagsText("planets, giants");
}

}  // namespace

std::optional<ViewId> ParseViewName(std::string_view name) {
    for (const ViewId view :
         {ViewId::kHome, ViewId::kStudy, ViewId::kSummary, ViewId::kQuizSetup, ViewId::kQuiz,
          ViewId::kQuizResults, ViewId::kProgress, ViewId::kBrowse, ViewId::kSettings,
          ViewId::kClass, ViewId::kImport, ViewId::kEditor}) {
        if (name == ViewName(view)) {
            return view;
        }
    }
    return std::nullopt;
}

void PrepareScreenshotView(AppShell& shell, ViewId view) {
    // The first deck, for the views that show one; Progress (all decks) never reads the
    // home view's counts.
    std::optional<storage::DeckId> deck;
    study::QuizSetup setup;
    if (view != ViewId::kProgress && !shell.home_model().decks.empty()) {
        deck = shell.home_model().decks.front().deck_id;
        setup.decks.push_back(shell.home_model().decks.front().name);
    }
    switch (view) {
        case ViewId::kHome:
            break;
        case ViewId::kStudy:
            shell.StartStudy(deck);
            break;
        case ViewId::kSummary: {
            shell.StartStudy(deck);
            // Every third answer wrong, the rest right, rated as suggested.
            int answered = 0;
            shell.study().PreviewAnswers(8, [&](const content::Question& question) {
                study::Answer answer = RightAnswer(question);
                answer.dont_know = ++answered % 3 == 0;
                return answer;
            });
            shell.study().RequestExit(StudyExit::kSummary);
            break;
        }
        case ViewId::kQuizSetup:
            shell.OpenQuizSetup(deck);
            break;
        case ViewId::kQuiz:
            shell.StartQuiz(setup, 7);
            break;
        case ViewId::kQuizResults:
            shell.StartQuiz(setup, 7);
            shell.quiz().PreviewAnswers(6, [](const content::Question& question) {
                study::Answer answer = RightAnswer(question);
                answer.dont_know = question.type == content::QuestionType::kOrdering ||
                                   question.type == content::QuestionType::kMatching;
                return answer;
            });
            shell.quiz().Finish();
            break;
        case ViewId::kProgress:
            shell.OpenProgress(std::nullopt);
            break;
        case ViewId::kBrowse: {
            // The most reviewed cards first, three of them selected, the first one's history
            // in the card-info panel.
            shell.OpenBrowse();
            BrowseView& browse = shell.browse();
            browse.SetSort(storage::BrowseColumn::kReviews, true);
            browse.WaitForSearch();
            const std::vector<storage::CardId>& ids = browse.ids();
            browse.selection().Click(ids, 2, false, false);
            browse.selection().Click(ids, 3, false, true);
            browse.selection().Click(ids, 0, false, true);
            break;
        }
        case ViewId::kSettings:
            shell.OpenSettings(deck);
            break;
        case ViewId::kClass:
            shell.OpenClass();
            shell.class_view().WaitForLoad();  // the remembered class folder, read in full
            break;
        case ViewId::kEditor:
            if (deck) {
                FillEditorExample(shell, *deck);
            }
            break;
        case ViewId::kImport: {
            // The working folder, its first file that imports without a warning previewed (a
            // name Summit reads is only a candidate: CMakeLists.txt reads as a pasted list).
            shell.OpenImport();
            const std::filesystem::path folder = shell.import_view().browser().folder();
            const std::vector<FileEntry> entries = shell.import_view().browser().entries();
            for (const FileEntry& entry : entries) {
                if (!entry.highlighted) {
                    continue;
                }
                shell.OpenImport(folder / entry.name);
                const auto& preview = shell.import_view().preview();
                if (preview && preview->CanImport() && preview->warnings.empty()) {
                    break;
                }
            }
            break;
        }
    }
}

}  // namespace summit::ui
