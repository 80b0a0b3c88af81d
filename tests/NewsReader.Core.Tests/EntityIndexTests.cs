using System.Text.Json;
using NewsReader.Parsing;
using NewsReader.Parsing.Attribution;
using Xunit;

namespace NewsReader.Tests;

/// <summary>
/// Grouping looks a mention up among the entities an index says it can match (<see cref="EntityIndex"/>) once an article
/// names enough of them; every article must parse the same with the index used for all its mentions as with none.
/// </summary>
public class EntityIndexTests
{
    [Fact]
    public void TheIndexFindsWhatTestingEveryEntityFinds()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(Seed.RepositoryRoot, "tests", "NewsReader.Core.Tests", "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        // A third of the shared corpus, when it is present: its long articles name dozens of people and bodies.
        if (Corpus.Folder is { } folder) texts.AddRange(Corpus.Articles(folder).Where((_, i) => i % 3 == 0).Select(a => a.Text));
        try
        {
            foreach (var text in texts)
            {
                EntityIndex.Threshold = 0;
                var indexed = JsonSerializer.Serialize(ArticleParser.Parse(text));
                EntityIndex.Threshold = int.MaxValue;
                var scanned = JsonSerializer.Serialize(ArticleParser.Parse(text));
                Assert.Equal(scanned, indexed);
            }
        }
        finally
        {
            EntityIndex.Threshold = 24;
        }
    }
}
