using TeamSim.Cli.Commands;
using TeamSim.Experiments;

namespace TeamSim.Cli.Tests;

public sealed class ExploreCommandTests
{
    private static string NewSite(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), "<html></html>");
        return folder;
    }

    [Fact]
    public void The_site_next_to_the_installed_tool_wins_over_a_checkout_in_the_current_folder()
    {
        string temp = CliRunner.NewFolder();
        string tool = Path.Combine(temp, "tool");
        string checkout = Path.Combine(temp, "checkout");
        string bundled = NewSite(Path.Combine(tool, "explorer", "wwwroot"));
        NewSite(Path.Combine(checkout, "artifacts", "explorer", "wwwroot"));

        Assert.Equal(bundled, ExploreCommand.FindRoot(null, tool, checkout));
    }

    [Fact]
    public void Without_a_bundled_site_the_checkout_publish_of_a_parent_folder_is_found()
    {
        string temp = CliRunner.NewFolder();
        string tool = Path.Combine(temp, "tool");
        Directory.CreateDirectory(tool);
        string published = NewSite(Path.Combine(temp, "checkout", "artifacts", "explorer", "wwwroot"));
        string below = Path.Combine(temp, "checkout", "docs");
        Directory.CreateDirectory(below);

        Assert.Equal(published, ExploreCommand.FindRoot(null, tool, below));
    }

    [Fact]
    public void No_site_anywhere_says_how_to_publish_it()
    {
        string temp = CliRunner.NewFolder();
        Directory.CreateDirectory(temp);

        var e = Assert.Throws<InputException>(() => ExploreCommand.FindRoot(null, temp, temp));
        Assert.Contains("dotnet publish src/TeamSim.Explorer", e.Message, StringComparison.Ordinal);
    }
}
