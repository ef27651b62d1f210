using System.Net;
using TeamSim.Cli.Commands;
using TeamSim.Cli.Serving;
using TeamSim.Experiments;

namespace TeamSim.Explorer.Tests.Serving;

public sealed class StaticFileServerTests
{
    [Theory]
    [InlineData("_framework/dotnet.native.wasm", "application/wasm")]
    [InlineData("_framework/TeamSim.Core.dll", "application/octet-stream")]
    [InlineData("_framework/icudt.dat", "application/octet-stream")]
    [InlineData("_framework/x.blat", "application/octet-stream")]
    [InlineData("_framework/dotnet.js", "text/javascript; charset=utf-8")]
    [InlineData("x.json", "application/json; charset=utf-8")]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("css/app.css", "text/css; charset=utf-8")]
    public void Content_types_are_the_ones_a_Blazor_app_needs(string path, string type) =>
        Assert.Equal(type, StaticFileServer.ContentType(path));

    [Fact]
    public async Task The_server_serves_files_under_its_root_and_nothing_else()
    {
        string root = Path.Combine(Path.GetTempPath(), "teamsim-explorer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "_framework"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<p>hello</p>");
        await File.WriteAllBytesAsync(Path.Combine(root, "_framework", "a.wasm"), [0, 97, 115, 109]);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(root)!, "secret.txt"), "no");
        try
        {
            using var server = new StaticFileServer(root, 0);
            server.Start();
            using var http = new HttpClient { BaseAddress = server.Address };

            HttpResponseMessage index = await http.GetAsync("/?a=command");
            Assert.Equal(HttpStatusCode.OK, index.StatusCode);
            Assert.Equal("<p>hello</p>", await index.Content.ReadAsStringAsync());

            HttpResponseMessage wasm = await http.GetAsync("_framework/a.wasm");
            Assert.Equal("application/wasm", wasm.Content.Headers.ContentType?.MediaType);
            Assert.Equal(4, (await wasm.Content.ReadAsByteArrayAsync()).Length);

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("missing.js")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/%2e%2e/secret.txt")).StatusCode);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Explore_without_a_published_explorer_says_how_to_publish_it()
    {
        string empty = Path.Combine(Path.GetTempPath(), "teamsim-explorer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            InputException e = Assert.Throws<InputException>(() => ExploreCommand.FindRoot(null, empty, empty));
            Assert.Contains("dotnet publish src/TeamSim.Explorer", e.Message, StringComparison.Ordinal);
            Assert.Throws<InputException>(() => ExploreCommand.FindRoot(empty, empty, empty));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Explore_finds_artifacts_explorer_wwwroot_in_a_parent_folder()
    {
        string repo = Path.Combine(Path.GetTempPath(), "teamsim-explorer-tests", Guid.NewGuid().ToString("N"));
        string wwwroot = Path.Combine(repo, "artifacts", "explorer", "wwwroot");
        string sub = Path.Combine(repo, "src", "deep");
        Directory.CreateDirectory(wwwroot);
        Directory.CreateDirectory(sub);
        File.WriteAllText(Path.Combine(wwwroot, "index.html"), "x");
        try
        {
            Assert.Equal(wwwroot, ExploreCommand.FindRoot(null, sub, sub));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }
}
