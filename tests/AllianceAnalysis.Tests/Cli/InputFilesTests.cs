using AllianceAnalysis.Cli;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Cli;

public sealed class InputFilesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("corpus", "articles/is-iran-an-ally-of-russia.txt", "corpus/articles/is-iran-an-ally-of-russia.txt")]
    [InlineData("corpus/", "a.md", "corpus/a.md")]
    [InlineData("./corpus", "a.md", "./corpus/a.md")]
    [InlineData("/", "a.txt", "/a.txt")]
    public void Ids_join_the_folder_as_given_with_the_relative_path(string folder, string relative, string expected)
    {
        InputFiles.JoinId(folder, relative).Should().Be(expected);
    }

    [Fact]
    public void Folder_contents_are_listed_in_ordinal_order_of_relative_paths_with_forward_slashes()
    {
        _temp.Write("in/b.txt", "b");
        _temp.Write("in/a/z.md", "z");
        _temp.Write("in/B.md", "B");
        _temp.Write("in/a.txt", "a");
        _temp.Write("in/skip.json", "{}");

        InputCollection inputs = InputFiles.Collect([_temp["in"]]);

        inputs.Errors.Should().BeEmpty();
        inputs.Files.Select(f => f.Id[(_temp["in"].Length + 1)..]).Should().Equal("B.md", "a.txt", "a/z.md", "b.txt");
        inputs.Files.Should().AllSatisfy(f => File.Exists(f.Path).Should().BeTrue());
    }

    [Fact]
    public void Missing_paths_are_errors_and_the_rest_is_still_collected()
    {
        string file = _temp.Write("one.txt", "x");

        InputCollection inputs = InputFiles.Collect([_temp["gone"], file]);

        inputs.Errors.Should().Equal($"{_temp["gone"]}: no such file or folder");
        inputs.Files.Should().Equal(new InputFile(file, file));
    }
}
