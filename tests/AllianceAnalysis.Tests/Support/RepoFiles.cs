namespace AllianceAnalysis.Tests.Support;

/// <summary>Repository files (README, sample sources) read where they stand in the repository.</summary>
internal static class RepoFiles
{
    public static string PathOf(params string[] parts) => RepositoryRoot.Combine(parts);

    /// <summary>The file's text with line ends normalised to <c>\n</c>.</summary>
    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts)).ReplaceLineEndings("\n");

    /// <summary>
    /// The lines strictly between the first line starting with <paramref name="beginMarker"/> and the next line starting
    /// with <paramref name="endMarker"/>, each ending with <c>\n</c>.
    /// </summary>
    public static string Region(string text, string beginMarker, string endMarker)
    {
        string[] lines = text.Split('\n');
        int begin = Array.FindIndex(lines, line => line.StartsWith(beginMarker, StringComparison.Ordinal));
        begin.Should().BeGreaterThanOrEqualTo(0, "the text must hold a line starting with '{0}'", beginMarker);
        int end = Array.FindIndex(lines, begin + 1, line => line.StartsWith(endMarker, StringComparison.Ordinal));
        end.Should().BeGreaterThan(begin, "the text must hold a line starting with '{0}' after '{1}'", endMarker, beginMarker);
        return string.Concat(lines[(begin + 1)..end].Select(line => line + "\n"));
    }
}
