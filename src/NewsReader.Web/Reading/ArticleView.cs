using System.Globalization;
using NewsReader.Model;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Reading;

/// <summary>A quote as the reader view shows it: its number (<c>#quote-N</c>) and its speaker.</summary>
public sealed record QuoteView(int Number, string Text, string? Speaker, string? SpeakerSlug, string? Role, string? Cue, QuoteKind Kind);

/// <summary>
/// A run of a paragraph: plain text, or the words of a quote (<see cref="Quote"/> set). <see cref="Offset"/> is where its
/// text starts in the article's <see cref="ArticleView.ReaderText"/>.
/// </summary>
public sealed record Segment(string Text, QuoteView? Quote = null, bool StartsQuote = true, bool EndsQuote = true)
{
    public int Offset { get; init; }
}

public sealed record BlockView(BlockKind Kind, IReadOnlyList<Segment> Segments);

/// <summary>
/// The reader view of an article, built from a fresh parse of its stored text: paragraphs cut into text and
/// quote segments (the quotation marks themselves are left to the <c>&lt;q&gt;</c> element), plus display strings.
/// </summary>
public sealed class ArticleView
{
    private static readonly char[] QuoteMarks = ['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E'];

    public required Article Article { get; init; }
    public required IReadOnlyList<BlockView> Blocks { get; init; }
    public required IReadOnlyList<QuoteView> Quotes { get; init; }
    public int WordCount { get; init; }

    /// <summary>
    /// The standfirst shown above the body: none when the body opens with the same words (a saved page's description is
    /// often its first paragraph, whole or cut short with "…"), so that the lead is not read twice.
    /// </summary>
    public string? Standfirst { get; init; }

    /// <summary>The text the reader view shows, which highlights are anchored in (see <see cref="Segment.Offset"/>).</summary>
    public required string ReaderText { get; init; }

    public const string BlockSeparator = "\n\n";

    /// <summary>Where quote <paramref name="number"/>'s words stand in <see cref="ReaderText"/>, from its first part to its last.</summary>
    public (int Start, int End)? QuoteRange(int number)
    {
        int? start = null;
        var end = 0;
        foreach (var segment in Blocks.SelectMany(b => b.Segments))
        {
            if (segment.Quote?.Number != number) continue;
            start ??= segment.Offset;
            end = segment.Offset + segment.Text.Length;
        }
        return start is { } s && end > s ? (s, end) : null;
    }

    /// <summary>
    /// A segment cut wherever a highlight begins or ends: each piece with the highlight shown over it (the earliest of
    /// those covering it, if any) and the highlights that begin at the piece, so that each gets its place to jump to
    /// even inside another.
    /// </summary>
    public static IEnumerable<(string Text, PlacedHighlight? Highlight, IReadOnlyList<PlacedHighlight> Opening)> Pieces(Segment segment, IReadOnlyList<PlacedHighlight> highlights)
    {
        var start = segment.Offset;
        var end = start + segment.Text.Length;
        var inside = highlights.Where(h => h.Start < end && h.End > start).ToList();
        if (inside.Count == 0)
        {
            yield return (segment.Text, null, []);
            yield break;
        }
        var cuts = new SortedSet<int> { start, end };
        foreach (var h in inside)
        {
            if (h.Start > start) cuts.Add(h.Start);
            if (h.End < end) cuts.Add(h.End);
        }
        var from = start;
        foreach (var to in cuts.Skip(1))
        {
            var covering = inside.Where(h => h.Start <= from && h.End >= to).MinBy(h => (h.Start, h.Id));
            var opening = inside.Where(h => h.Start == from).ToList();
            yield return (segment.Text[(from - start)..(to - start)], covering, opening);
            from = to;
        }
    }

    // Whether one of the first two paragraphs says the standfirst, or begins with it when it was cut short ("…", "...").
    private static bool OpensBody(string standfirst, IReadOnlyList<Block> blocks)
    {
        var lead = Fold(standfirst);
        var cut = lead.EndsWith('\u2026') || lead.EndsWith("...", StringComparison.Ordinal);
        lead = lead.TrimEnd('.', '\u2026', ' ');
        if (lead.Length == 0) return false;
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph).Take(2))
        {
            var text = Fold(block.Text);
            if (text == lead || text.TrimEnd('.') == lead || cut && text.StartsWith(lead, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static ArticleView Build(Article article)
    {
        var quotes = article.Quotes.Select((q, i) => new QuoteView(i + 1, q.Text, q.Speaker?.Name,
            q.Speaker is { } s ? Slugs.From(s.Name) : null, q.Speaker?.Role, q.Cue, q.Kind)).ToList();
        var partsByBlock = article.Quotes
            .SelectMany((q, i) => q.Parts.Select((p, k) => (Part: p, Quote: quotes[i], First: k == 0, Last: k == q.Parts.Count - 1)))
            .ToLookup(x => x.Part.Block);

        var blocks = new List<BlockView>(article.Blocks.Count);
        var reader = new System.Text.StringBuilder();
        for (var b = 0; b < article.Blocks.Count; b++)
        {
            var block = article.Blocks[b];
            var text = block.Text;
            var segments = new List<Segment>();
            var position = 0;
            foreach (var (part, quote, first, last) in partsByBlock[b].OrderBy(x => x.Part.MarkStart))
            {
                if (part.MarkStart < position) continue;
                if (part.MarkStart > position) segments.Add(new Segment(text[position..part.MarkStart]));
                var wordsEnd = part.Start + part.Length;
                // The words of the quote, plus punctuation inside the closing mark ("…nuklir,").
                var inside = text[(part.MarkStart + 1)..wordsEnd] + string.Concat(text[wordsEnd..part.MarkEnd].Where(c => !QuoteMarks.Contains(c)));
                segments.Add(new Segment(inside.Trim(), quote, first, last));
                position = part.MarkEnd;
            }
            if (position < text.Length) segments.Add(new Segment(text[position..]));
            // The reader text: the words the reader sees (quotation marks, speaker tags and the dateline left out), one
            // block after another with a blank line between. Highlights are anchored in it.
            if (b > 0) reader.Append(BlockSeparator);
            for (var i = 0; i < segments.Count; i++)
            {
                segments[i] = segments[i] with { Offset = reader.Length };
                reader.Append(segments[i].Text);
            }
            blocks.Add(new BlockView(block.Kind, segments));
        }
        return new ArticleView
        {
            Article = article,
            Standfirst = article.Standfirst is { } standfirst && !OpensBody(standfirst.Value, article.Blocks) ? standfirst.Value : null,
            Blocks = blocks,
            ReaderText = reader.ToString(),
            Quotes = quotes,
            WordCount = article.Blocks.Sum(bl => ArticleProjection.CountWords(bl.Text)),
        };
    }

    /// <summary>Reading time as a range of minutes around 200 words a minute, as Firefox's reader view shows it.</summary>
    public string ReadingTime
    {
        get
        {
            var fast = Math.Max(1, (int)Math.Ceiling(WordCount / 230.0));
            var slow = Math.Max(1, (int)Math.Ceiling(WordCount / 170.0));
            return fast == slow ? $"{fast} min read" : $"{fast}–{slow} min read";
        }
    }

    /// <summary>The date in the article's own time zone, for display: "Wednesday, 13 August 2025, 14:11 WIB".</summary>
    public static string FormatDate(PublishedDate date)
    {
        var culture = CultureInfo.InvariantCulture;
        var day = date.Local.ToString("dddd, d MMMM yyyy", culture);
        if (!date.HasTime) return day;
        var time = date.Local.ToString("HH:mm", culture);
        return date.Offset is { } offset ? $"{day}, {time} {ZoneLabel(date.Text, offset)}" : $"{day}, {time}";
    }

    private static string ZoneLabel(string original, TimeSpan offset)
    {
        var lastWord = original.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        if (lastWord.Length is >= 2 and <= 9 && lastWord.All(c => char.IsAsciiLetterUpper(c) || c is '+' or '-' or ':' || char.IsAsciiDigit(c)) && char.IsAsciiLetterUpper(lastWord[0]))
            return lastWord;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return $"UTC{sign}{offset.Duration():hh\\:mm}";
    }
}
