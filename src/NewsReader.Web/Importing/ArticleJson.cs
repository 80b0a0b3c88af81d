using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsReader.Model;

namespace NewsReader.Web.Importing;

/// <summary>
/// The JSON shape of a parsed article, shared by <c>parse --json</c> and the article download. Other tools read it:
/// fields may be added, never renamed or removed. Not sealed: the read API's article (<c>ArticleDetail</c>) is this shape
/// plus the stored state.
/// </summary>
public record ArticleJson(
    string? File,
    string? Section,
    string? Headline,
    string? Standfirst,
    IReadOnlyList<string> Authors,
    string? Outlet,
    string? Published,
    string? PublishedText,
    string? Updated,
    ArticleJson.DatelineJson? Dateline,
    ArticleJson.CaptionJson? Caption,
    IReadOnlyList<ArticleJson.BlockJson> Blocks,
    IReadOnlyList<ArticleJson.QuoteJson> Quotes,
    IReadOnlyList<string> EditorCodes,
    IReadOnlyList<string> Trailer,
    IReadOnlyList<string> Related,
    string Language,
    IReadOnlyList<string> Warnings)
{
    public sealed record DatelineJson(string? Place, string? Outlet);
    public sealed record CaptionJson(string Text, string? Credit);
    public sealed record BlockJson(string Kind, string Text);
    public sealed record QuotePartJson(int Block, int Start, int Length);
    public sealed record QuoteJson(string Text, string? Speaker, string? Role, string? Cue, string Kind, string SpeakerSource,
        int Block, int Start, int Length, IReadOnlyList<QuotePartJson> Parts, string? SpeakerMention);

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ArticleJson From(Article article, string? file) => new(
        file,
        article.Section?.Value,
        article.Headline?.Value,
        article.Standfirst?.Value,
        article.Authors,
        article.Outlet,
        article.Dated?.ToIsoString(),
        article.Dated?.Text,
        article.Updated?.ToIsoString(),
        article.Dateline is { } d ? new DatelineJson(d.Place?.Value, d.Outlet?.Value) : null,
        article.Caption is { } c ? new CaptionJson(c.Text.Value, c.Credit?.Value) : null,
        article.Blocks.Select(b => new BlockJson(b.Kind == BlockKind.Subheading ? "subheading" : "paragraph", b.Text)).ToList(),
        article.Quotes.Select(q => new QuoteJson(q.Text, q.Speaker?.Name, q.Speaker?.Role, q.Cue,
            q.Kind == QuoteKind.Full ? "full" : "partial", Names.SpeakerSource(q.SpeakerSource), q.Block, q.Start, q.Length,
            q.Parts.Select(p => new QuotePartJson(p.Block, p.Start, p.Length)).ToList(), q.SpeakerMention)).ToList(),
        article.EditorCodes.Select(e => e.Value).ToList(),
        article.Trailer.Select(t => t.Text).ToList(),
        article.Related.Select(r => r.Value).ToList(),
        article.Language,
        article.Warnings);

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
