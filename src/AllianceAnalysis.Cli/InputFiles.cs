namespace AllianceAnalysis.Cli;

/// <summary>One article to analyse.</summary>
/// <param name="Id">The document id: the path as the user gave it joined with the file's path relative to it, with forward slashes.</param>
/// <param name="Path">The path to open.</param>
internal sealed record InputFile(string Id, string Path);

/// <summary>The articles found under the paths given on the command line, and the paths that failed.</summary>
/// <param name="Files">The articles, in command-line order; inside a folder in ordinal order of their relative paths.</param>
/// <param name="Errors">One <c>path: reason</c> per path that does not exist or cannot be searched.</param>
/// <param name="Warnings">One <c>path: reason</c> per folder that holds no articles.</param>
internal sealed record InputCollection(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>Expands command-line paths into article files: files as given, folders searched recursively for <c>*.txt</c> and <c>*.md</c>.</summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        MatchType = MatchType.Simple,
    };

    public static InputCollection Collect(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var errors = new List<string>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                Add(files, seen, new InputFile(IdOf(path), path));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    List<InputFile> found = Search(path);
                    if (found.Count == 0)
                    {
                        warnings.Add($"{path}: no .txt or .md files");
                    }

                    foreach (InputFile file in found)
                    {
                        Add(files, seen, file);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"{path}: {ex.Message}");
                }
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return new InputCollection(files, errors, warnings);
    }

    /// <summary>The document id of a file named directly: its path as given, with forward slashes.</summary>
    public static string IdOf(string path) => Slashes(path);

    /// <summary>The document id of a file found in a folder: the folder as given, a slash, the relative path.</summary>
    public static string JoinId(string folder, string relative)
    {
        string prefix = Slashes(folder).TrimEnd('/');
        return prefix.Length == 0 ? "/" + relative : $"{prefix}/{relative}";
    }

    private static List<InputFile> Search(string folder)
    {
        var found = new List<(string Relative, string Path)>();
        foreach (string file in Directory.EnumerateFiles(folder, "*", Recursive))
        {
            if (IsArticle(file))
            {
                found.Add((Slashes(System.IO.Path.GetRelativePath(folder, file)), file));
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return found.ConvertAll(f => new InputFile(JoinId(folder, f.Relative), f.Path));
    }

    private static bool IsArticle(string file)
    {
        ReadOnlySpan<char> extension = System.IO.Path.GetExtension(file.AsSpan());
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
    }

    private static void Add(List<InputFile> files, HashSet<string> seen, InputFile file)
    {
        // The same file named twice (directly and through its folder) is analysed once.
        if (seen.Add(System.IO.Path.GetFullPath(file.Path)))
        {
            files.Add(file);
        }
    }

    private static string Slashes(string path) =>
        System.IO.Path.DirectorySeparatorChar == '/' ? path : path.Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
