namespace AllianceAnalysis.Tests.Support;

/// <summary>The repository the tests run in: the folder above the test assembly that holds the solution.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AllianceAnalysis.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no AllianceAnalysis.sln above {AppContext.BaseDirectory}");
    }
}
