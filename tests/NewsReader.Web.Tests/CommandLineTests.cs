using System.Text.Json;
using NewsReader.Web.Cli;

namespace NewsReader.Web.Tests;

public abstract class CommandLineTests
{
    private readonly NewsReaderFactory factory;

    protected CommandLineTests(NewsReaderFactory factory) => this.factory = factory;

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => factory.RunCommandAsync(args);

    [SkippableTheory]
    [InlineData("improt", "import")]
    [InlineData("reparce", "reparse")]
    [InlineData("serve-everything", null)]
    public void ATypoForACommandPrintsTheCommandsInsteadOfStartingTheApp(string typo, string? suggestion)
    {
        var error = new StringWriter();
        Assert.True(CommandLine.RejectsUnknownCommand([typo, "articles/"], error));
        var text = error.ToString();
        Assert.Contains($"'{typo}' is not a command.", text);
        Assert.Equal(suggestion is not null, text.Contains("Did you mean", StringComparison.Ordinal));
        if (suggestion is not null) Assert.Contains($"Did you mean '{suggestion}'?", text);
        Assert.Contains("import [--dry-run] PATH...", text);
    }

    [SkippableTheory]
    [InlineData]
    [InlineData("import", "a.txt")]
    [InlineData("--urls=http://127.0.0.1:5000")]
    [InlineData("--ConnectionStrings:NewsReader=Data Source=x.db")]
    [InlineData("urls=http://127.0.0.1:5000")]
    [InlineData("/environment", "Development")]
    [InlineData("--environment", "Development")]
    public void CommandsAndSettingsAreNotTypos(params string[] args) =>
        Assert.False(CommandLine.RejectsUnknownCommand(args, new StringWriter()));

    [SkippableFact]
    public async Task ImportStoresTheSeedOnceAndSaysSo()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-cli-");
        try
        {
            var path = Path.Combine(folder.FullName, "seed.txt");
            File.Copy(TestFiles.SeedPath, path);
            var first = await RunAsync("import", folder.FullName);
            Assert.Equal(0, first.Code);
            Assert.Matches(@"(imported|unchanged)\s+.*seed\.txt", first.Output);
            Assert.Contains("1 file: ", first.Output);

            var second = await RunAsync("import", path);
            Assert.Equal(0, second.Code);
            Assert.Contains("unchanged", second.Output);
            Assert.Contains("1 file: 0 imported, 0 updated, 1 unchanged, 0 rejected", second.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task ImportExitsWithOneWhenAFileIsRejected()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-cli-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "empty.txt"), "");
            var result = await RunAsync("import", folder.FullName, Path.Combine(folder.FullName, "missing.txt"));
            Assert.Equal(1, result.Code);
            Assert.Contains("rejected   " + Path.Combine(folder.FullName, "empty.txt") + ": the file is empty", result.Output);
            Assert.Contains("missing.txt: no such file or folder", result.Output);
            Assert.Contains("2 files: 0 imported, 0 updated, 0 unchanged, 2 rejected", result.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task DryRunReportsWithoutStoring()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-dry-");
        try
        {
            var text = TestFiles.SeedText.Replace("Putin Tiba-Tiba Telpon", "Putin Coba Telpon", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "coba.txt"), text);
            var before = factory.CountArticles();
            var result = await RunAsync("import", "--dry-run", Path.Combine(folder.FullName, "*.txt"));
            Assert.Equal(0, result.Code);
            Assert.Contains("would import", result.Output);
            Assert.Contains("dry run: 3 quotes", result.Output);
            Assert.Contains("dry run, nothing stored: 1 file: 1 imported", result.Output);
            Assert.Equal(before, factory.CountArticles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task ParseJsonPrintsTheDocumentedShape()
    {
        var result = await RunAsync("parse", "--json", TestFiles.SeedPath);
        Assert.Equal(0, result.Code);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var json = JsonDocument.Parse(Assert.Single(lines)).RootElement;

        Assert.Equal(TestFiles.SeedPath, json.GetProperty("file").GetString());
        Assert.Equal("Internasional", json.GetProperty("section").GetString());
        Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", json.GetProperty("headline").GetString());
        Assert.Equal(["Tommy Patrio Sorongan"], json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("CNBC Indonesia", json.GetProperty("outlet").GetString());
        Assert.Equal("2025-08-13T14:11:00+07:00", json.GetProperty("published").GetString());
        Assert.Equal("Rabu, 13/08/2025 14:11 WIB", json.GetProperty("publishedText").GetString());
        Assert.Equal("Jakarta", json.GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal("CNBC Indonesia", json.GetProperty("dateline").GetProperty("outlet").GetString());
        Assert.Equal("Alexander Zemlianichenko/Pool via REUTERS/File Photo", json.GetProperty("caption").GetProperty("credit").GetString());
        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(12, blocks.Count);
        Assert.Equal("subheading", blocks[7].GetProperty("kind").GetString());
        Assert.Equal("Efek Positif", blocks[7].GetProperty("text").GetString());
        var quotes = json.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(["KCNA", "Yang Moo Jin", "Yang Moo Jin"], quotes.Select(q => q.GetProperty("speaker").GetString()));
        Assert.Equal(["tulis", "kata", "tambahnya"], quotes.Select(q => q.GetProperty("cue").GetString()));
        foreach (var quote in quotes)
        {
            var block = blocks[quote.GetProperty("block").GetInt32()].GetProperty("text").GetString()!;
            Assert.Equal(quote.GetProperty("text").GetString(), block.Substring(quote.GetProperty("start").GetInt32(), quote.GetProperty("length").GetInt32()));
        }
        Assert.Equal(["tps/tps"], json.GetProperty("editorCodes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, json.GetProperty("trailer").GetArrayLength());
        Assert.Equal("id", json.GetProperty("language").GetString());
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
    }

    [SkippableFact]
    public async Task ParseReportsAnUnreadableFileByName()
    {
        var result = await RunAsync("parse", "--json", "/no/such/file.txt");
        Assert.Equal(1, result.Code);
        Assert.Contains("/no/such/file.txt", result.Error);
    }
}

public sealed class CommandLineTestsOnSqlite(NewsReaderFactory factory) : CommandLineTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class CommandLineTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : CommandLineTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
