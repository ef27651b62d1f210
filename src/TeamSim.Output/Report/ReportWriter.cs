using System.Text;
using TeamSim.Core.Models;

namespace TeamSim.Output.Report;

/// <summary>Writes report.html into a results folder, from that folder's CSV files and manifest.</summary>
public static class ReportWriter
{
    /// <summary>The report's file name inside the results folder.</summary>
    public const string FileName = "report.html";

    /// <summary>
    /// Reads the folder, builds the page and writes it atomically (a temporary file renamed over
    /// report.html, so a reader never sees half a page). Returns the full path written.
    /// </summary>
    /// <param name="folder">A results folder written by <c>teamsim run</c>.</param>
    /// <param name="models">Models, to re-run the representative replications.</param>
    /// <param name="shownFolder">
    /// The folder the page names (in "teamsim report FOLDER"), when it differs from
    /// <paramref name="folder"/>: a run writes the page into its temporary folder before moving it into place.
    /// </param>
    /// <exception cref="Experiments.InputException">The folder is not a readable results folder.</exception>
    public static string Write(string folder, ModelCatalog models, string? shownFolder = null)
    {
        ReportData data = ResultsFolderReader.Read(folder);
        string html = ReportBuilder.Build(shownFolder is null ? data : data with { Folder = Path.GetFullPath(shownFolder) }, models);
        string target = Path.Combine(data.Folder, FileName);
        string temp = Path.Combine(data.Folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, target, overwrite: true);
            Manifest.ResultsManifest.AddFile(data.Folder, FileName); // so --force knows the page is TeamSim's
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return target;
    }
}
