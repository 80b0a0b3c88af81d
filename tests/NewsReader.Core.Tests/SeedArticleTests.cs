using NewsReader.Model;
using NewsReader.Parsing;

namespace NewsReader.Tests;

public sealed class SeedArticleTests
{
    private static readonly Article Article = ArticleParser.Parse(Seed.Text);

    [Fact]
    public void SeedFileIsTheSharedSeedByteForByte()
    {
        var bytes = File.ReadAllBytes(Seed.Path);
        Assert.Contains((byte)0xA0, bytes); // U+00A0 encoded as C2 A0
        Assert.NotEqual((byte)'\n', bytes[^1]);
        if (Seed.SharedFolder is { } shared)
            Assert.Equal(File.ReadAllBytes(System.IO.Path.Combine(shared, "seeds", Seed.FileName)), bytes);
    }

    [Fact]
    public void ReadsSectionAndHeadline()
    {
        Assert.Equal("Internasional", Article.Section?.Value);
        Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", Article.Headline?.Value);
    }

    [Fact]
    public void ReadsBylineWithAuthorAndOutlet()
    {
        Assert.Equal(["Tommy Patrio Sorongan"], Article.Authors);
        Assert.Equal("CNBC Indonesia", Article.Byline?.Outlet?.Value);
    }

    [Fact]
    public void ReadsPublishedTimeInWib()
    {
        Assert.NotNull(Article.Published);
        Assert.Equal(new DateTimeOffset(2025, 8, 13, 14, 11, 0, TimeSpan.FromHours(7)), Article.Published.Value);
        Assert.Equal(TimeSpan.FromHours(7), Article.Published.Value!.Value.Offset);
        Assert.Equal("Rabu, 13/08/2025 14:11 WIB", Article.Published.Text);
        Assert.Equal("2025-08-13T14:11:00+07:00", Article.Published.ToIsoString());
    }

    [Fact]
    public void ReadsCaptionAndCredit()
    {
        Assert.Equal("Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin.", Article.Caption?.Text.Value);
        Assert.Equal("Alexander Zemlianichenko/Pool via REUTERS/File Photo", Article.Caption?.Credit?.Value);
    }

    [Fact]
    public void TakesTheDatelineOffTheFirstParagraph()
    {
        Assert.Equal("Jakarta", Article.Dateline?.Place?.Value);
        Assert.Equal("CNBC Indonesia", Article.Dateline?.Outlet?.Value);
        Assert.StartsWith("Presiden Rusia Vladimir Putin menelepon", Article.Blocks[0].Text);
    }

    [Fact]
    public void ReadsElevenParagraphsAndOneSubheadingAfterTheSeventh()
    {
        Assert.Equal(11, Article.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        var subheadings = Article.Blocks.Where(b => b.Kind == BlockKind.Subheading).ToList();
        Assert.Equal("Efek Positif", Assert.Single(subheadings).Text);
        Assert.Equal(7, Article.Blocks.ToList().FindIndex(b => b.Kind == BlockKind.Subheading));
    }

    [Fact]
    public void FindsThreeQuotesWithTheirSpeakers()
    {
        Assert.Collection(Article.Quotes,
            q =>
            {
                Assert.StartsWith("Keduanya mengonfirmasi", q.Text);
                Assert.Equal("Keduanya mengonfirmasi keinginan mereka untuk memperkuat kerja sama di masa depan", q.Text);
                Assert.Equal("KCNA", q.Speaker?.Name);
                Assert.Equal("tulis", q.Cue);
            },
            q =>
            {
                Assert.StartsWith("Jika Trump dan Putin", q.Text);
                Assert.Equal("Yang Moo Jin", q.Speaker?.Name);
                Assert.Equal("kata", q.Cue);
                Assert.Equal(SpeakerSource.EarlierMention, q.SpeakerSource);
            },
            q =>
            {
                Assert.StartsWith("Jika pembicaraan damai", q.Text);
                Assert.Equal("Yang Moo Jin", q.Speaker?.Name);
                Assert.Equal("tambahnya", q.Cue);
                Assert.Equal(SpeakerSource.Pronoun, q.SpeakerSource);
            });
        Assert.All(Article.Quotes, q => Assert.Equal(QuoteKind.Full, q.Kind));
    }

    [Fact]
    public void QuotePositionsPointIntoTheirBlocks()
    {
        foreach (var quote in Article.Quotes)
        {
            var block = Article.Blocks[quote.Block];
            Assert.Equal(quote.Text, block.Text.Substring(quote.Start, quote.Length));
            Assert.Equal(quote.Text, quote.Span.Slice(Article.Text));
        }
    }

    [Fact]
    public void KeepsEditorCodeAndTrailerOutOfTheBody()
    {
        Assert.Equal(["tps/tps"], Article.EditorCodes.Select(c => c.Value));
        Assert.Equal(["Saksikan video di bawah ini:", "Video: Trump Akan Bertemu Putin dan Zelensky di Alaska"], Article.Trailer.Select(t => t.Text));
        Assert.Equal(TrailerKind.RelatedVideo, Article.Trailer[1].Kind);
        Assert.DoesNotContain(Article.Blocks, b => b.Text.Contains("tps/tps") || b.Text.Contains("Saksikan"));
    }

    [Fact]
    public void DetectsIndonesian()
    {
        Assert.Equal("id", Article.Language);
        Assert.Empty(Article.Warnings);
    }
}
