using System.CommandLine;
using System.Diagnostics;
using System.Net;
using TeamSim.Cli.Serving;
using TeamSim.Experiments;

namespace TeamSim.Cli.Commands;

/// <summary>
/// <c>teamsim explore</c>: serves the published explorer (a static Blazor WebAssembly site that
/// runs the engine in the browser) on 127.0.0.1 and opens the browser, until Ctrl+C.
/// </summary>
public static class ExploreCommand
{
    /// <summary>Port used when none is given.</summary>
    public const int DefaultPort = 5290;

    /// <summary>
    /// Where the published explorer is looked for: first next to the CLI's assembly (the installed .NET tool
    /// carries it as <c>explorer/wwwroot</c>), then in the current folder and its parents (a source checkout
    /// after <c>dotnet publish src/TeamSim.Explorer -c Release -o artifacts/explorer</c>).
    /// </summary>
    public static IReadOnlyList<string> SearchPaths { get; } =
        [Path.Combine("explorer", "wwwroot"), Path.Combine("artifacts", "explorer", "wwwroot")];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 = any free port).", DefaultValueFactory = _ => DefaultPort };
        var noOpen = new Option<bool>("--no-open") { Description = "Do not open the browser; just print the address." };
        var root = new Option<string?>("--root") { Description = "The published explorer's wwwroot folder. Default: explorer/wwwroot next to teamsim (the installed tool has it), else artifacts/explorer/wwwroot in this folder or a parent." };
        var command = new Command(
            "explore",
            "Open the interactive explorer: sliders, live charts and the A-vs-B damage difference, computed in the browser by the same engine.\n" +
            "The installed tool (dotnet tool install) carries the explorer; in a source checkout publish it once with:\n" +
            "  dotnet publish src/TeamSim.Explorer -c Release -o artifacts/explorer\n\n" +
            "Examples:\n  teamsim explore\n  teamsim explore --port 8080 --no-open\n  teamsim explore --root artifacts/explorer/wwwroot");
        command.Add(port);
        command.Add(noOpen);
        command.Add(root);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            int p = parse.GetValue(port);
            if (p is < 0 or > 65535)
            {
                throw new InputException($"--port {p}: must be in [0, 65535]");
            }

            string folder = FindRoot(parse.GetValue(root), AppContext.BaseDirectory, Environment.CurrentDirectory);
            using var server = new StaticFileServer(folder, p);
            try
            {
                server.Start();
            }
            catch (HttpListenerException e)
            {
                throw new InputException($"--port {p}: cannot listen on 127.0.0.1:{p} ({e.Message}); try another --port");
            }

            stdout.WriteLine($"Serving the TeamSim explorer from {folder}");
            stdout.WriteLine($"Open {server.Address} (Ctrl+C to stop)");
            if (!parse.GetValue(noOpen))
            {
                BrowserLauncher.Open(server.Address.ToString(), stdout);
            }

            using var stop = new ManualResetEventSlim();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Set();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                stop.Wait();
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }

            stdout.WriteLine("Stopped.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The explorer's wwwroot: the given folder, else the first of <see cref="SearchPaths"/> that holds an index.html.</summary>
    /// <exception cref="InputException">No published explorer was found; the message says how to publish it.</exception>
    public static string FindRoot(string? given, string binaryFolder, string currentFolder)
    {
        if (given is not null)
        {
            return File.Exists(Path.Combine(given, "index.html"))
                ? Path.GetFullPath(given)
                : throw new InputException($"--root {given}: no index.html there; publish the explorer with 'dotnet publish src/TeamSim.Explorer -c Release -o artifacts/explorer' and pass its wwwroot folder");
        }

        var candidates = new List<string>();
        candidates.AddRange(SearchPaths.Select(s => Path.Combine(binaryFolder, s)));
        for (DirectoryInfo? d = new(currentFolder); d is not null; d = d.Parent)
        {
            candidates.AddRange(SearchPaths.Select(s => Path.Combine(d.FullName, s)));
        }

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")))
            ?? throw new InputException("the explorer is not published; run 'dotnet publish src/TeamSim.Explorer -c Release -o artifacts/explorer' in the repository, or pass --root");
    }
}
