// The GLFW/OpenGL window: context creation with a GL 3.0 fallback, fonts at the monitor's
// content scale, an event loop that sleeps when idle, and the screenshot mode.
#include "app/ui/window.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <system_error>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/study/day_rule.h"
#include "app/ui/config_paths.h"
#include "app/ui/fonts.h"
#include "app/ui/home_model_load.h"
#include "app/ui/home_view.h"
#include "app/ui/screenshot.h"
#include "app/ui/theme.h"

namespace summit::ui {
namespace {

constexpr int kWindowWidth = 1100;  // initial size in screen units at content scale 1
constexpr int kWindowHeight = 700;
constexpr double kIdleWaitS = 1.0;      // longest sleep between frames when nothing happens
constexpr int kFramesAfterInput = 3;    // ImGui settles hover and click state over a few frames
constexpr double kReloadEveryS = 60.0;  // counts change as cards fall due; re-read this often
constexpr int kDayRolloverHour = 4;     // a study day starts at 04:00 local time, as in Anki

void PrintGlfwError(int code, const char* description) {
    std::fprintf(stderr, "summit: GLFW error %d: %s\n", code, description);
}

int64_t NowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// GL 3.3 core first (what macOS and modern drivers want), then GL 3.0 for older drivers.
GLFWwindow* CreateGlWindow(const char** glsl_version) {
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // A refused 3.3 context is expected on old drivers; only the last attempt's error is news.
    glfwSetErrorCallback(nullptr);
    GLFWwindow* window = glfwCreateWindow(kWindowWidth, kWindowHeight, "Summit", nullptr, nullptr);
    glfwSetErrorCallback(PrintGlfwError);
    if (window != nullptr) {
        *glsl_version = "#version 330";
        return window;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_ANY_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_FALSE);
    *glsl_version = "#version 130";
    return glfwCreateWindow(kWindowWidth, kWindowHeight, "Summit", nullptr, nullptr);
}

bool ValidateOptions(const WindowOptions& options) {
    if (options.view != "home") {
        std::fprintf(stderr, "summit: unknown view '%s' (available: home)\n", options.view.c_str());
        return false;
    }
    if (options.frames < 1) {
        std::fprintf(stderr, "summit: --frames must be at least 1, got %d\n", options.frames);
        return false;
    }
    if (!(options.ui_scale > 0.5f && options.ui_scale <= 3.0f)) {
        std::fprintf(stderr, "summit: the UI scale must be in (0.5, 3], got %g\n",
                     static_cast<double>(options.ui_scale));
        return false;
    }
    return true;
}

// The views and their data for one run of the window.
struct Screens {
    storage::Collection& collection;
    HomeModel home_model;
    HomeView home_view;

    void Reload() {
        const int64_t now = NowMs();
        // The same day rule as the command line's `decks`: days start at 04:00 local time.
        const study::DayRule day_rule{study::DayRule::kLocal, 4};
        auto loaded = LoadHomeModel(collection, now, study::NextDayStartMs(now, day_rule));
        if (loaded) {
            home_model = std::move(*loaded);
        } else {
            std::fprintf(stderr, "summit: %s\n", loaded.error().ToString().c_str());
            home_view.SetNotice("Could not read the collection: " + loaded.error().message);
        }
    }

    // Applied after the frame is drawn. The study, quiz, progress and settings views are not
    // part of this build yet, so the request is acknowledged on the home view.
    void ApplyIntents() {
        for (const HomeIntent& intent : home_view.TakeIntents()) {
            std::string deck;
            for (const DeckRow& row : home_model.decks) {
                if (row.deck_id == intent.deck_id) {
                    deck = row.name;
                }
            }
            std::string notice = std::string(HomeActionName(intent.action));
            notice += deck.empty() ? "" : " \"" + deck + "\"";
            notice += ": this view is not available yet.";
            notice[0] = static_cast<char>(notice[0] - 'a' + 'A');
            home_view.SetNotice(std::move(notice));
        }
    }
};

}  // namespace

int RunWindow(storage::Collection& collection, const WindowOptions& options) {
    if (!ValidateOptions(options)) {
        return kWindowFailed;
    }
    glfwSetErrorCallback(PrintGlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr,
                     "summit: cannot open a window: no display was found. To run without a "
                     "desktop, start it under a virtual display: xvfb-run -a summit\n");
        return kWindowNoDisplay;
    }
    const char* glsl_version = nullptr;
    GLFWwindow* window = CreateGlWindow(&glsl_version);
    if (window == nullptr) {
        std::fprintf(stderr, "summit: cannot create an OpenGL 3 window\n");
        glfwTerminate();
        return kWindowFailed;
    }
    glfwMakeContextCurrent(window);
    const bool screenshot_mode = !options.screenshot_path.empty();
    glfwSwapInterval(screenshot_mode ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    std::string ini_path;  // io.IniFilename points into it until the context is destroyed
    io.IniFilename = nullptr;
    if (!screenshot_mode) {
        const std::filesystem::path dir = ConfigDirFromEnvironment();
        std::error_code error;
        if (!dir.empty() && (std::filesystem::create_directories(dir, error), !error)) {
            ini_path = (dir / "imgui.ini").string();
            io.IniFilename = ini_path.c_str();
        }
    }

    Screens screens{collection, {}, {}};
    screens.Reload();
    float x_scale = 1;
    float y_scale = 1;
    glfwGetWindowContentScale(window, &x_scale, &y_scale);
    const float scale = x_scale * options.ui_scale;
    FontSet fonts;  // outlives the atlas: destroyed after the context below
    fonts.Load(*io.Fonts, scale, HomeModelText(screens.home_model));
    ApplyTheme(Theme::kDark, scale);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init(glsl_version);

    int exit_code = kWindowOk;
    int frame = 0;
    int active_frames = kFramesAfterInput;
    double last_reload = glfwGetTime();
    while (!glfwWindowShouldClose(window)) {
        if (screenshot_mode || active_frames > 0) {
            glfwPollEvents();
            --active_frames;
        } else {
            // Sleep until input arrives; a wake-up before the timeout means there was input.
            const double before = glfwGetTime();
            glfwWaitEventsTimeout(kIdleWaitS);
            if (glfwGetTime() - before < kIdleWaitS * 0.95) {
                active_frames = kFramesAfterInput;
            }
        }
        if (!screenshot_mode && glfwGetTime() - last_reload > kReloadEveryS) {
            screens.Reload();
            last_reload = glfwGetTime();
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) {
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        screens.home_view.Draw(screens.home_model);
        ImGui::Render();
        screens.ApplyIntents();

        int width = 0;
        int height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        if (screenshot_mode && ++frame >= options.frames) {
            const std::string shown = options.screenshot_path.string();
            if (auto written = WriteBackBufferPng(options.screenshot_path, width, height)) {
                std::printf("screenshot %s: ok\n", shown.c_str());
            } else {
                std::fprintf(stderr, "summit: screenshot %s: %s\n", shown.c_str(),
                             written.error().message.c_str());
                exit_code = kWindowFailed;
            }
            break;
        }
        glfwSwapBuffers(window);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context);
    glfwDestroyWindow(window);
    glfwTerminate();
    std::fflush(stdout);
    return exit_code;
}

}  // namespace summit::ui
