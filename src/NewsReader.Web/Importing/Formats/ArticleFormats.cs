using System.Text;
using NewsReader.Model;
using NewsReader.Parsing;

namespace NewsReader.Web.Importing.Formats;

public enum ArticleFormat { Text, Markdown, Html }

/// <summary>
/// The file formats NewsReader reads. Markdown and HTML are first turned into article text with a front matter
/// header (<see cref="ArticleDraft.ToText"/>), which the article parser reads like any text file; the original file
/// is what is stored, so a better converter or parser improves every stored article on re-parsing.
/// </summary>
public static class ArticleFormats
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static ArticleFormat? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" => ArticleFormat.Text,
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        _ => null,
    };

    public static string Name(ArticleFormat format) => format switch
    {
        ArticleFormat.Markdown => "markdown",
        ArticleFormat.Html => "html",
        _ => "text",
    };

    public static ArticleFormat FromName(string? name) => name switch
    {
        "markdown" => ArticleFormat.Markdown,
        "html" => ArticleFormat.Html,
        _ => ArticleFormat.Text,
    };

    /// <summary>The text the article parser reads for a file of this format, and the source URL the file names.</summary>
    public static (string Text, string? SourceUrl) ToArticleText(ArticleFormat format, string text) => format switch
    {
        ArticleFormat.Markdown => MarkdownConverter.Convert(text) is var md ? (md.ToText(), md.SourceUrl) : default,
        ArticleFormat.Html => HtmlConverter.Convert(text) is var html ? (html.ToText(), html.SourceUrl) : default,
        _ => (text, null),
    };

    public static Article Parse(ArticleFormat format, string text) => ArticleParser.Parse(ToArticleText(format, text).Text);

    public static Article Parse(string format, string text) => Parse(FromName(format), text);
}

/// <summary>An article read from a structured format: header fields, then body blocks.</summary>
public sealed class ArticleDraft
{
    public string? Title { get; set; }
    public string? Section { get; set; }
    public List<string> Authors { get; } = [];
    public string? Outlet { get; set; }
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public string? SourceUrl { get; set; }
    public string? Description { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public List<string> Tags { get; } = [];
    /// <summary>Body blocks in order; a subheading is marked by <see cref="IsHeading"/>.</summary>
    public List<(string Text, bool IsHeading)> Blocks { get; } = [];

    /// <summary>
    /// The article as text: a front matter header (<c>---</c> … <c>---</c>, one <c>key: value</c> per line), then the
    /// paragraphs separated by blank lines, with subheadings as <c>## Heading</c> lines.
    /// </summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Field("title", Title);
        Field("section", Section);
        if (Authors.Count > 0) Field("authors", string.Join("; ", Authors.Select(OneLine).Where(a => a.Length > 0).Distinct()));
        Field("outlet", Outlet);
        Field("published", Published);
        Field("updated", Updated);
        Field("source", SourceUrl);
        Field("description", Description);
        Field("caption", Caption);
        Field("credit", Credit);
        if (Tags.Count > 0) Field("tags", string.Join(", ", Tags.Select(OneLine)));
        text.Append("---\n");
        foreach (var (block, isHeading) in Blocks)
        {
            var line = OneLine(block);
            if (line.Length == 0) continue;
            text.Append('\n').Append(isHeading ? "## " : "").Append(line).Append('\n');
        }
        return text.ToString();

        void Field(string key, string? value)
        {
            var line = OneLine(value);
            // A value in quotation marks of its own ("I wander often from the way") keeps them: the front matter reader takes
            // one pair of quotes off, so the value goes inside the other kind.
            if (line.Length >= 2 && line[0] is '"' or '\'' && line[^1] == line[0]) line = (line[0] == '"' ? '\'' : '"') + line + (line[0] == '"' ? '\'' : '"');
            if (line.Length > 0) text.Append(key).Append(": ").Append(line).Append('\n');
        }
    }

    /// <summary>White space (including line breaks) folded to single spaces.</summary>
    public static string OneLine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
