// WCAG AA contrast of both themes, read from the style ApplyTheme sets and from the palette
// views draw with: every text colour against each background it is drawn on, at 4.5:1. The
// lowest ratio per theme is printed, so a colour change shows how much room is left.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

constexpr double kTextMinimum = 4.5;  // WCAG 2.x AA, normal-size text

// A colour with its alpha applied over `under` (opaque), as ImGui blends it.
ImVec4 Over(const ImVec4& color, const ImVec4& under) {
    const float a = color.w;
    return ImVec4(color.x * a + under.x * (1 - a), color.y * a + under.y * (1 - a),
                  color.z * a + under.z * (1 - a), 1.0f);
}

double Channel(float c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(const ImVec4& c) {
    return 0.2126 * Channel(c.x) + 0.7152 * Channel(c.y) + 0.0722 * Channel(c.z);
}

// WCAG's contrast ratio, 1 to 21.
double Contrast(const ImVec4& a, const ImVec4& b) {
    const double la = Luminance(a);
    const double lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Named {
    const char* name;
    ImVec4 color;
};

// The chart colours: card states, then answer ratings.
std::vector<Named> StatesAndRatings(const Palette& p) {
    return {{"state_new", p.state_new},
            {"state_learning", p.state_learning},
            {"state_review", p.state_review},
            {"state_relearning", p.state_relearning},
            {"state_suspended", p.state_suspended},
            {"rating_again", p.rating_again},
            {"rating_hard", p.rating_hard},
            {"rating_good", p.rating_good},
            {"rating_easy", p.rating_easy}};
}

class ThemeContrastTest : public ::testing::TestWithParam<Theme> {
  protected:
    void SetUp() override { ApplyTheme(GetParam(), 1.0f); }

    const char* ThemeName() const { return GetParam() == Theme::kDark ? "dark" : "light"; }
    const ImVec4& Style(ImGuiCol col) const { return ImGui::GetStyle().Colors[col]; }
    // A style background as it appears: blended over the window background.
    ImVec4 Ground(ImGuiCol col) const { return Over(Style(col), Style(ImGuiCol_WindowBg)); }

    // Expects every text colour in `texts` to reach 4.5:1 on every background in `grounds`.
    void ExpectReadable(const std::vector<Named>& texts, const std::vector<Named>& grounds) {
        for (const Named& ground : grounds) {
            for (const Named& text : texts) {
                const double ratio = Contrast(text.color, ground.color);
                EXPECT_GE(ratio, kTextMinimum)
                    << ThemeName() << ": " << text.name << " on " << ground.name;
                if (ratio < lowest_) {
                    lowest_ = ratio;
                    lowest_pair_ = std::string(text.name) + " on " + ground.name;
                }
            }
        }
    }

    void TearDown() override {
        if (!lowest_pair_.empty()) {
            std::printf("[ %s ] lowest contrast %.2f:1 (%s)\n", ThemeName(), lowest_,
                        lowest_pair_.c_str());
        }
    }

    testing::Harness harness_;
    double lowest_ = 21.0;
    std::string lowest_pair_;
};

TEST_P(ThemeContrastTest, SemanticTextReadsOnWindowPopupsAndTableRows) {
    const Palette& p = Colors();
    std::vector<Named> texts = {
        {"text", Style(ImGuiCol_Text)}, {"muted", Style(ImGuiCol_TextDisabled)},
        {"accent", p.accent},           {"success", p.success},
        {"warning", p.warning},         {"error", p.error}};
    for (const Named& named : StatesAndRatings(p)) {
        texts.push_back(named);
    }
    ExpectReadable(texts, {{"WindowBg", Style(ImGuiCol_WindowBg)},
                           {"PopupBg", Ground(ImGuiCol_PopupBg)},
                           {"TableRowBgAlt", Ground(ImGuiCol_TableRowBgAlt)}});
}

TEST_P(ThemeContrastTest, LabelsReadOnButtonsFramesAndFills) {
    ExpectReadable({{"text", Style(ImGuiCol_Text)}},
                   {{"Button", Ground(ImGuiCol_Button)},
                    {"ButtonHovered", Ground(ImGuiCol_ButtonHovered)},
                    {"ButtonActive", Ground(ImGuiCol_ButtonActive)},
                    {"Header", Ground(ImGuiCol_Header)},
                    {"HeaderHovered", Ground(ImGuiCol_HeaderHovered)},
                    {"HeaderActive", Ground(ImGuiCol_HeaderActive)},
                    {"TableHeaderBg", Ground(ImGuiCol_TableHeaderBg)},
                    {"FrameBg", Ground(ImGuiCol_FrameBg)},
                    {"PlotHistogram (progress fill)", Ground(ImGuiCol_PlotHistogram)},
                    {"success_fill", Colors().success_fill},
                    {"missing_bg", Colors().missing_bg},
                    {"extra_bg", Colors().extra_bg}});
}

// A true/false answer is coloured on its button, chosen or not; a ticked choice row and the
// selected deck on Home put verdict, hint and count colours on the selection colour.
TEST_P(ThemeContrastTest, AnswerAndCountColoursReadOnButtonsAndSelection) {
    const Palette& p = Colors();
    ExpectReadable({{"success", p.success},
                    {"warning", p.warning},
                    {"error", p.error},
                    {"muted", p.muted},
                    {"state_new", p.state_new},
                    {"state_learning", p.state_learning},
                    {"state_review", p.state_review}},
                   {{"Button", Ground(ImGuiCol_Button)}, {"selected", p.selected}});
}

TEST_P(ThemeContrastTest, StyleUsesThePaletteForItsTextAndFills) {
    const Palette& p = Colors();
    const auto same = [](const ImVec4& a, const ImVec4& b) {
        return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w;
    };
    EXPECT_TRUE(same(Style(ImGuiCol_Text), p.text));
    EXPECT_TRUE(same(Style(ImGuiCol_TextDisabled), p.muted));
    EXPECT_TRUE(same(Style(ImGuiCol_WindowBg), p.window_bg));
    EXPECT_TRUE(same(Style(ImGuiCol_Header), p.selected));
    EXPECT_TRUE(same(Style(ImGuiCol_PlotHistogram), p.progress_fill));
    EXPECT_EQ(&Colors(), &PaletteOf(GetParam()));
}

// Card states and answer ratings never share a colour, so a hue means one thing in every
// chart (blue is New, never also Easy; red is Again, never also Relearning).
TEST_P(ThemeContrastTest, StatesAndRatingsHaveDistinctColours) {
    const std::vector<Named> all = StatesAndRatings(Colors());
    for (size_t i = 0; i < all.size(); ++i) {
        for (size_t j = i + 1; j < all.size(); ++j) {
            const ImVec4& a = all[i].color;
            const ImVec4& b = all[j].color;
            const float distance =
                std::fabs(a.x - b.x) + std::fabs(a.y - b.y) + std::fabs(a.z - b.z);
            EXPECT_GT(distance, 0.15f)
                << ThemeName() << ": " << all[i].name << " and " << all[j].name << " look alike";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Themes, ThemeContrastTest, ::testing::Values(Theme::kDark, Theme::kLight),
                         [](const ::testing::TestParamInfo<Theme>& info) {
                             return info.param == Theme::kDark ? "Dark" : "Light";
                         });

}  // namespace
}  // namespace summit::ui
