using NewsReader.Model;
using NewsReader.Parsing;
using NewsReader.Web.Data;

namespace NewsReader.Web.Importing;

/// <summary>Fills the derived columns and quote rows of a stored article from its parse.</summary>
public static class ArticleProjection
{
    public static void Apply(StoredArticle stored, Article article)
    {
        stored.ParserVersion = ArticleParser.Version;
        stored.Headline = article.Headline?.Value ?? "";
        stored.Section = article.Section?.Value;
        stored.Outlet = article.Outlet;
        stored.Authors = article.Authors.Count > 0 ? string.Join("; ", article.Authors) : null;
        var dated = article.Dated;
        stored.PublishedText = dated?.Text;
        stored.PublishedIso = dated?.ToIsoString();
        stored.PublishedUtc = dated?.Value?.UtcDateTime;
        stored.SortKey = dated?.SortKeyUtc ?? stored.ImportedUtc;
        stored.Language = article.Language;
        stored.QuoteCount = article.Quotes.Count;
        stored.WordCount = article.Blocks.Sum(b => CountWords(b.Text));
        stored.AuthorRows.Clear();
        for (var i = 0; i < article.Authors.Count; i++)
            stored.AuthorRows.Add(new StoredAuthor { Ordinal = i + 1, Name = article.Authors[i], Slug = Slugs.From(article.Authors[i]) });
        stored.Quotes.Clear();
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            stored.Quotes.Add(new StoredQuote
            {
                Ordinal = i + 1,
                Speaker = quote.Speaker?.Name,
                SpeakerSlug = quote.Speaker is { } speaker ? Slugs.From(speaker.Name) : null,
                SpeakerMention = quote.SpeakerMention is { Length: > 0 and <= 200 } mention ? mention : null,
                Role = quote.Speaker?.Role,
                Text = quote.Text,
                Cue = quote.Cue,
                Kind = quote.Kind == QuoteKind.Full ? "full" : "partial",
                SpeakerSource = Names.SpeakerSource(quote.SpeakerSource),
                Block = quote.Block,
                Start = quote.Start,
                Length = quote.Length,
            });
        }
    }

    /// <summary>The slug of a new article: its headline plus the start of its hash, unique because the hash is.</summary>
    public static string SlugFor(Article article, string sha256)
    {
        var words = Slugs.From(article.Headline?.Value, 72);
        return words.Length == 0 ? "article-" + sha256[..10] : words + "-" + sha256[..6];
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }
}

/// <summary>The camelCase names enum values take in JSON and in the database.</summary>
public static class Names
{
    public static string SpeakerSource(SpeakerSource source) => source switch
    {
        Model.SpeakerSource.SameSentence => "sameSentence",
        Model.SpeakerSource.EarlierMention => "earlierMention",
        Model.SpeakerSource.Pronoun => "pronoun",
        Model.SpeakerSource.Continuation => "continuation",
        _ => "none",
    };
}
