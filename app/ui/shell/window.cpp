// The GLFW/OpenGL window: context creation with a GL 3.0 fallback, fonts at the monitor's
// content scale, an event loop that sleeps when idle, and the screenshot mode.
#include "app/ui/shell/window.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/bootstrap/auto_backup.h"
#include "app/study/session.h"
#include "app/ui/edit/editor_view.h"
#include "app/ui/import/import_view.h"
#include "app/ui/recovery/recovery_view.h"
#include "app/ui/settings/app_settings.h"
#include "app/ui/settings/settings_view.h"
#include "app/ui/shell/app_shell.h"
#include "app/ui/shell/clipboard_image.h"
#include "app/ui/shell/config_paths.h"
#include "app/ui/shell/font_texture.h"
#include "app/ui/shell/fonts.h"
#include "app/ui/shell/gl_textures.h"
#include "app/ui/shell/key_taps.h"
#include "app/ui/shell/screenshot.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

constexpr double kIdleWaitS = 1.0;      // longest sleep between frames when nothing happens
constexpr int kFramesAfterInput = 3;    // ImGui settles hover and click state over a few frames
constexpr double kReloadEveryS = 60.0;  // counts change as cards fall due; re-read this often
constexpr double kTickS = 0.5;          // a clock on screen is redrawn at least this often
constexpr double kLoadingPollS = 0.03;  // while a view's worker computes, look this often
constexpr double kIdlePauseS = 120.0;   // s without input after which study time stops
constexpr const char* kViewNames =
    "home, study, summary, quiz_setup, quiz, quiz_results, "
    "progress, browse, settings, class, import, recovery";

// GLFW's drop callback carries no pointer of ours (the window's user pointer is the key-tap
// keeper's); there is one window per process, so one queue, filled during glfwPollEvents and
// handed to the shell before the next frame.
std::vector<std::filesystem::path>* g_dropped = nullptr;

void OnDrop(GLFWwindow* /*window*/, int count, const char** paths) {
    if (g_dropped == nullptr) {
        return;
    }
    for (int i = 0; i < count; ++i) {
        g_dropped->emplace_back(paths[i]);
    }
}

void PrintGlfwError(int code, const char* description) {
    if (code == GLFW_FORMAT_UNAVAILABLE) {
        return;  // the clipboard holds no text (a copied picture, say): nothing went wrong
    }
    std::fprintf(stderr, "summit: GLFW error %d: %s\n", code, description);
}

// GL 3.3 core first (what macOS and modern drivers want), then GL 3.0 for older drivers.
GLFWwindow* CreateGlWindow(const WindowOptions& options, const char** glsl_version) {
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // A refused 3.3 context is expected on old drivers; only the last attempt's error is news.
    glfwSetErrorCallback(nullptr);
    GLFWwindow* window =
        glfwCreateWindow(options.width, options.height, "Summit", nullptr, nullptr);
    glfwSetErrorCallback(PrintGlfwError);
    if (window != nullptr) {
        *glsl_version = "#version 330";
        return window;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_ANY_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_FALSE);
    *glsl_version = "#version 130";
    return glfwCreateWindow(options.width, options.height, "Summit", nullptr, nullptr);
}

bool ValidateOptions(const WindowOptions& options) {
    if (options.view != kRecoveryView && !ParseViewName(options.view)) {
        std::fprintf(stderr, "summit: unknown view '%s' (available: %s)\n", options.view.c_str(),
                     kViewNames);
        return false;
    }
    if (options.frames < 1) {
        std::fprintf(stderr, "summit: --frames must be at least 1, got %d\n", options.frames);
        return false;
    }
    if (!(options.ui_scale >= 0.5f && options.ui_scale <= 3.0f)) {
        std::fprintf(stderr, "summit: the UI scale must be in [0.5, 3], got %g\n",
                     static_cast<double>(options.ui_scale));
        return false;
    }
    return true;
}

// The text scale: the monitor's content scale times the UI scale (the command line's when
// given, else the stored setting).
float EffectiveScale(GLFWwindow* window, const WindowOptions& options,
                     const study::AppSettings& settings) {
    float x_scale = 1;
    float y_scale = 1;
    glfwGetWindowContentScale(window, &x_scale, &y_scale);
    const float user =
        options.ui_scale != 1.0f ? options.ui_scale : static_cast<float>(settings.ui_scale);
    return x_scale * user;
}

// (Re)builds the font atlas at `scale` and uploads it; between frames only.
void LoadFonts(FontSet& fonts, FontTexture& texture, float scale, const std::string& text) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    fonts.Load(*io.Fonts, scale, text);
    ImGui_ImplOpenGL3_DestroyFontsTexture();  // the backend's own, after a refused upload
    if (!texture.Upload(*io.Fonts)) {
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // The pixels live on in the texture; the atlas keeps its fonts for the next rebuild.
    io.Fonts->ClearTexData();
}

void Teardown(GLFWwindow* window, ImGuiContext* context, FontTexture& font_texture) {
    font_texture.Destroy();  // while its context lives
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context);
    glfwDestroyWindow(window);
    glfwTerminate();
    std::fflush(stdout);
}

// Draws one frame with `draw` and, when `to_gl`, puts it in the back buffer; returns its size
// in pixels. (A screenshot's settling frames are never shown: only ImGui's layout runs.)
ImVec2 RenderFrame(GLFWwindow* window, const std::function<void()>& draw, bool to_gl = true) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    if (ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) {
        glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
    draw();
    ImGui::Render();
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    if (!to_gl) {
        return ImVec2(static_cast<float>(width), static_cast<float>(height));
    }
    glViewport(0, 0, width, height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return ImVec2(static_cast<float>(width), static_cast<float>(height));
}

// Writes the back buffer as the screenshot and says so; kWindowOk or kWindowFailed.
int WriteScreenshot(const WindowOptions& options, ImVec2 size) {
    const std::string shown = options.screenshot_path.string();
    auto written = WriteBackBufferPng(options.screenshot_path, static_cast<int>(size.x),
                                      static_cast<int>(size.y));
    if (!written) {
        std::fprintf(stderr, "summit: screenshot %s: %s\n", shown.c_str(),
                     written.error().message.c_str());
        return kWindowFailed;
    }
    std::printf("screenshot %s: ok\n", shown.c_str());
    return kWindowOk;
}

// Runs the recovery screen until a collection opens (returned) or the user quits or the
// screenshot is written (nullopt, with `exit_code` set). It waits for events between frames:
// nothing on it changes by itself.
std::optional<storage::Collection> RunRecovery(GLFWwindow* window, RecoveryView& view,
                                               const WindowOptions& options, KeyTapKeeper& key_taps,
                                               int& exit_code) {
    const bool screenshot_mode = !options.screenshot_path.empty();
    int frame = 0;
    int active_frames = kFramesAfterInput;
    while (!glfwWindowShouldClose(window)) {
        if (screenshot_mode || active_frames > 0 || key_taps.HasPending()) {
            glfwPollEvents();
            --active_frames;
        } else {
            const double before = glfwGetTime();
            glfwWaitEventsTimeout(kIdleWaitS);
            if (glfwGetTime() - before < kIdleWaitS * 0.95) {
                active_frames = kFramesAfterInput;
            }
        }
        const ImVec2 size = RenderFrame(window, [&] { view.Draw(); });
        if (screenshot_mode && ++frame >= options.frames) {
            exit_code = WriteScreenshot(options, size);
            return std::nullopt;
        }
        glfwSwapBuffers(window);
        key_taps.AfterFrame();
        if (auto opened = view.TakeOpened()) {
            return opened;
        }
        if (view.TakeQuitRequest()) {
            break;
        }
    }
    exit_code = kWindowOk;
    return std::nullopt;
}

// Opens the window; with `recovery`, shows it first and continues on the collection it opens.
int RunWindowOn(storage::Collection* collection, std::optional<RecoveryView> recovery,
                const study::Clock& clock, const WindowOptions& options) {
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
    GLFWwindow* window = CreateGlWindow(options, &glsl_version);
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
    // Backends first: the recovery screen may draw before a collection says how to look.
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init(glsl_version);
    FontTexture::CreateBackendObjects();
    // Texture swizzles are core from GL 3.3, the context CreateGlWindow tries first.
    FontTexture font_texture(std::string_view(glsl_version) == "#version 330");
    KeyTapKeeper key_taps;
    key_taps.Install(window);
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

    FontSet fonts;  // outlives the atlas: destroyed after the context below
    std::optional<storage::Collection> recovered;
    if (recovery) {
        const study::AppSettings look;  // no collection yet: the default look
        LoadFonts(fonts, font_texture, EffectiveScale(window, options, look),
                  recovery->failure().what + recovery->collection_path().string());
        ApplyTheme(ThemeOf(look), EffectiveScale(window, options, look));
        int exit_code = kWindowOk;
        recovered = RunRecovery(window, *recovery, options, key_taps, exit_code);
        if (!recovered) {
            Teardown(window, context, font_texture);
            return exit_code;
        }
        collection = &*recovered;
        glfwSetWindowShouldClose(window, GLFW_FALSE);
    }

    // Screenshots never write to the learner's collection. Home and Progress only read, so they
    // read the file through a second, read-only connection; the other views may write (the
    // summary and quiz-results previews answer questions) and run on an in-memory copy, which
    // costs the whole file in memory.
    std::optional<storage::Collection> preview;
    if (screenshot_mode) {
        const std::optional<ViewId> view = ParseViewName(options.view);
        const bool reads_only = !view || *view == ViewId::kHome || *view == ViewId::kProgress;
        auto copy = reads_only && collection->Path() != ":memory:"
                        ? storage::Collection::Open(collection->Path(),
                                                    {.mode = storage::OpenMode::kReadOnly})
                        : collection->CopyToMemory();
        if (!copy) {
            std::fprintf(stderr, "summit: %s\n", copy.error().ToString().c_str());
            Teardown(window, context, font_texture);
            return kWindowFailed;
        }
        preview.emplace(std::move(*copy));
    }
    storage::Collection& shown = preview ? *preview : *collection;

    GlTextureUploader textures;  // outlives the shell's images
    AppShell shell(shown, clock);
    shell.images().SetUploader(&textures);
    shell.editor().SetClipboardImageReader(ReadClipboardImage);
    // Home's counts before the font atlas is baked, as the window opens on Home (a screenshot
    // of Progress never reads them).
    if (!screenshot_mode || ParseViewName(options.view) != ViewId::kProgress) {
        (void)shell.home_model();
    }
    study::AppSettings appearance;
    if (auto stored = study::LoadAppSettings(shown)) {
        appearance = *stored;
    } else {
        std::fprintf(stderr, "summit: %s; using the default look\n",
                     stored.error().ToString().c_str());
    }
    float scale = EffectiveScale(window, options, appearance);
    const std::string glyph_text = shell.CollectionText();
    LoadFonts(fonts, font_texture, scale, glyph_text);
    ApplyTheme(ThemeOf(appearance), scale);
    if (screenshot_mode && ParseViewName(options.view)) {
        PrepareScreenshotView(shell, *ParseViewName(options.view));
    }

    // Backups of the learner's own collection, never of a screenshot's copy.
    std::optional<bootstrap::AutoBackup> backups;
    if (!screenshot_mode && collection->Path() != ":memory:") {
        backups.emplace(collection->Path(), clock, collection->ChangeCount());
    }

    std::vector<std::filesystem::path> dropped;
    g_dropped = &dropped;
    glfwSetDropCallback(window, OnDrop);

    int exit_code = kWindowOk;
    int frame = 0;
    int active_frames = kFramesAfterInput;
    double last_reload = glfwGetTime();
    double last_input = glfwGetTime();
    std::string title = "Summit";
    while (!glfwWindowShouldClose(window)) {
        if (shell.Loading()) {
            // A worker computes what the view will show: draw its result soon after it is
            // ready, without spinning frames on a core the worker needs.
            glfwWaitEventsTimeout(kLoadingPollS);
            active_frames = kFramesAfterInput;
        } else if (screenshot_mode || active_frames > 0 || key_taps.HasPending()) {
            glfwPollEvents();
            --active_frames;
        } else {
            // Sleep until input arrives; a wake-up before the timeout means there was input.
            const double before = glfwGetTime();
            // A clock on screen (session time, quiz countdown) needs a redraw now and then.
            const double wait = shell.NeedsTicks() ? kTickS : kIdleWaitS;
            glfwWaitEventsTimeout(wait);
            if (glfwGetTime() - before < wait * 0.95) {
                active_frames = kFramesAfterInput;
                last_input = glfwGetTime();
            }
        }
        if (!screenshot_mode) {
            // Time away from the window is not study time: stop the session clock while the
            // window is unfocused or nobody has touched it for a while.
            const bool focused = glfwGetWindowAttrib(window, GLFW_FOCUSED) == GLFW_TRUE;
            shell.SetPaused(!focused || glfwGetTime() - last_input > kIdlePauseS);
        }
        if (!screenshot_mode && shell.current() == ViewId::kHome &&
            glfwGetTime() - last_reload > kReloadEveryS) {
            shell.Reload();
            last_reload = glfwGetTime();
        }
        if (auto changed = shell.TakeAppearanceChange()) {
            // Between frames: the atlas must not change while a frame is being built.
            appearance = *changed;
            scale = EffectiveScale(window, WindowOptions{}, appearance);
            LoadFonts(fonts, font_texture, scale, glyph_text);
            ApplyTheme(ThemeOf(appearance), scale);
            active_frames = kFramesAfterInput;
        }

        if (!dropped.empty()) {
            shell.DropPaths(std::exchange(dropped, {}));
            active_frames = kFramesAfterInput;
        }
        // A screenshot shows the view with its data: the last frame waits for the worker, and
        // only a frame that may be the last is rendered with GL (software GL under Xvfb spends
        // more on 30 frames of pixels than the app spends on anything else at start).
        const bool shot_ready = screenshot_mode && frame + 1 >= options.frames && !shell.Loading();
        const ImVec2 size = RenderFrame(
            window, [&] { shell.Draw(); }, !screenshot_mode || shot_ready);
        if (screenshot_mode && ++frame >= options.frames && shot_ready && !shell.Loading()) {
            exit_code = WriteScreenshot(options, size);
            break;
        }
        if (!screenshot_mode || shot_ready) {
            glfwSwapBuffers(window);
        }
        key_taps.AfterFrame();
        if (std::string now = shell.WindowTitle(); now != title) {
            title = std::move(now);
            glfwSetWindowTitle(window, title.c_str());
        }
        // While an import runs, its worker owns the collection's connection.
        if (backups && !shell.Busy()) {
            backups->Poll(collection->ChangeCount());
        }
    }
    glfwSetDropCallback(window, nullptr);
    g_dropped = nullptr;
    if (shell.Busy()) {
        // Closed mid-import: it rolls back, so the collection is as it was before it.
        shell.import_view().Cancel();
        shell.import_view().WaitForImport();
    }
    if (backups) {
        glfwHideWindow(window);  // the last backup may take a moment; the window is gone
        backups->Finish(collection->ChangeCount());
    }
    shell.images().SetUploader(nullptr);  // the textures go while their context lives
    Teardown(window, context, font_texture);
    return exit_code;
}

}  // namespace

int RunWindow(storage::Collection& collection, const study::Clock& clock,
              const WindowOptions& options) {
    // A preview of the recovery screen on a collection that opens: what a damaged copy of it
    // would show, with its real backups. Only a screenshot can ask for it; nothing is changed.
    if (!options.screenshot_path.empty() && options.view == kRecoveryView) {
        const Error example{ErrorCode::kCorrupt,
                            "damaged or not a Summit collection (file is not a database)",
                            {},
                            0,
                            0};
        return RunRecoveryWindow(collection.Path(),
                                 bootstrap::ExplainOpenFailure(example, collection.Path()), clock,
                                 options);
    }
    return RunWindowOn(&collection, std::nullopt, clock, options);
}

int RunRecoveryWindow(const std::filesystem::path& collection_path,
                      const bootstrap::OpenFailure& failure, const study::Clock& clock,
                      const WindowOptions& options) {
    return RunWindowOn(nullptr, RecoveryView(collection_path, failure, clock), clock, options);
}

}  // namespace summit::ui
