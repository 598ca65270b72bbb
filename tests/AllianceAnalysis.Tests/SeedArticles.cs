namespace AllianceAnalysis.Tests;

/// <summary>The seed articles, copied next to the test assembly under <c>corpus/articles</c>.</summary>
internal static class SeedArticles
{
    public const string IsIranAnAllyOfRussia = "is-iran-an-ally-of-russia.txt";
    public const string WouldRussiaDefendIran = "would-russia-defend-iran.txt";

    public static TheoryData<string> All => new() { IsIranAnAllyOfRussia, WouldRussiaDefendIran };

    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "articles", fileName));
}
