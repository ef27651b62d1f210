using System.Diagnostics;

namespace TeamSim.Cli.Commands;

/// <summary>Opens a page or file in the default browser, or says how to open it when that cannot work.</summary>
internal static class BrowserLauncher
{
    /// <summary>Opens <paramref name="target"/>; writes one line to <paramref name="messages"/> when it cannot.</summary>
    public static void Open(string target, TextWriter messages)
    {
        if (!HasDisplay(OperatingSystem.IsLinux(), Environment.GetEnvironmentVariable))
        {
            // xdg-open without a display fails silently, long after we return: say so now.
            messages.WriteLine($"no graphical display here (DISPLAY and WAYLAND_DISPLAY are unset); open {target} yourself");
            return;
        }

        try
        {
            using Process? browser = Process.Start(new ProcessStartInfo(target) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            messages.WriteLine($"could not open a browser ({e.Message}); open {target} yourself");
        }
    }

    /// <summary>False on Linux without an X11 or Wayland display (an SSH session, a container, CI); true elsewhere.</summary>
    internal static bool HasDisplay(bool isLinux, Func<string, string?> environment) =>
        !isLinux || !string.IsNullOrEmpty(environment("DISPLAY")) || !string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"));
}
