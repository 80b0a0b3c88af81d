using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using System.Text;

namespace NewsReader.Web.Importing.Formats;

/// <summary>
/// Reads Markdown as web clippers write it: optional YAML front matter (title, author or authors, published or date,
/// source or url, tags, description), a <c>#</c> heading as the headline when there is no title, paragraphs and
/// <c>##</c> headings as blocks, and an image with a caption as the photo caption. HTML inside it is dropped.
/// </summary>
public static class MarkdownConverter
{
    // ==marked words== and [^n] footnotes are how the article export writes highlights and their notes: the words stay
    // in the text, the marks and notes do not (see Marks).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UseEmphasisExtras(EmphasisExtraOptions.Marked).UseFootnotes().Build();

    public static ArticleDraft Convert(string markdown)
    {
        var draft = new ArticleDraft();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested deeper than its limit (found by fuzzing): read it as plain paragraphs.
            foreach (var paragraph in markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                draft.Blocks.Add((paragraph, false));
            return draft;
        }
        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    ReadFrontMatter(yaml.Lines.ToString(), draft);
                    break;
                case HeadingBlock heading:
                    var title = Plain(heading.Inline);
                    if (heading.Level == 1 && draft.Title is null) draft.Title = title;
                    else if (heading.Level == 1 && draft.Blocks.Count == 0 && title == draft.Title) { }
                    else draft.Blocks.Add((title, true));
                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(paragraph, draft);
                    break;
                case QuoteBlock quote:
                    foreach (var inner in quote.Descendants<ParagraphBlock>()) AddParagraph(inner, draft);
                    break;
                case ListBlock list:
                    foreach (var inner in list.Descendants<ParagraphBlock>()) AddParagraph(inner, draft);
                    break;
            }
        }
        return draft;
    }

    private static void AddParagraph(ParagraphBlock paragraph, ArticleDraft draft)
    {
        // An image on its own is the photo: its alt text the caption, its title the credit.
        var inlines = paragraph.Inline?.ToList() ?? [];
        var images = inlines.OfType<LinkInline>().Where(l => l.IsImage).ToList();
        if (images.Count == 1 && inlines.All(i => i == images[0] || i is LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace())))
        {
            if (draft.Caption is null)
            {
                draft.Caption = Plain(images[0]);
                draft.Credit = images[0].Title;
            }
            return;
        }
        var text = Plain(paragraph.Inline);
        if (text.Length > 0) draft.Blocks.Add((text, false));
    }

    private static string Plain(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        Append(container, text);
        return ArticleDraft.OneLine(text.ToString());
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.ToString()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case AutolinkInline autolink: text.Append(autolink.Url); break;
            case HtmlInline: break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }

    /// <summary>
    /// The highlights a Markdown article carries, as the article export writes them: each <c>==marked==</c> stretch's
    /// words, in order, with the text of the footnote right after it (<c>==words==[^1]</c> … <c>[^1]: note</c>) as its note.
    /// </summary>
    public static IReadOnlyList<(string Words, string? Note)> Marks(string markdown)
    {
        MarkdownDocument document;
        try { document = Markdown.Parse(markdown, Pipeline); }
        catch (ArgumentException) { return []; }
        var marks = new List<(string, string?)>();
        foreach (var mark in document.Descendants<EmphasisInline>().Where(e => e.DelimiterChar == '=' && e.DelimiterCount == 2))
        {
            var words = Plain(mark);
            if (words.Length == 0) continue;
            string? note = null;
            if (mark.NextSibling is FootnoteLink { Footnote: { } footnote })
                note = string.Join("\n", footnote.Descendants<ParagraphBlock>().Select(p => Plain(p.Inline))).Trim();
            marks.Add((words, string.IsNullOrEmpty(note) ? null : note));
        }
        return marks;
    }

    /// <summary>Flat YAML as clippers write it: <c>key: value</c>, quoted values, <c>[a, b]</c> lists and <c>- item</c> lists.</summary>
    private static void ReadFrontMatter(string yaml, ArticleDraft draft)
    {
        string? listKey = null;
        foreach (var raw in yaml.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim() is "---" or "..." or "") continue;
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) && listKey is not null)
            {
                Set(draft, listKey, Unquote(trimmed[2..]), append: true);
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0])) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            listKey = key;
            if (value.Length == 0) continue;
            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                foreach (var item in value[1..^1].Split(',')) Set(draft, key, Unquote(item), append: true);
            }
            else
            {
                Set(draft, key, Unquote(value), append: false);
            }
        }
    }

    private static void Set(ArticleDraft draft, string key, string value, bool append)
    {
        if (value.Length == 0) return;
        switch (key)
        {
            case "title" or "headline": draft.Title ??= value; break;
            case "author" or "authors" or "byline" or "creator":
                if (append) draft.Authors.Add(StripWikiLink(value));
                else draft.Authors.AddRange(value.Split([";", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(StripWikiLink));
                break;
            case "published" or "date" or "created" or "datepublished" or "published_at": draft.Published ??= value; break;
            case "updated" or "modified" or "datemodified" or "updated_at": draft.Updated ??= value; break;
            case "source" or "url" or "link" or "canonical" or "source_url": draft.SourceUrl ??= value; break;
            case "section" or "category" or "categories": draft.Section ??= value; break;
            case "outlet" or "site" or "site_name" or "publisher" or "publication": draft.Outlet ??= value; break;
            case "description" or "summary" or "excerpt": draft.Description ??= value; break;
            case "caption": draft.Caption ??= value; break;
            case "credit": draft.Credit ??= value; break;
            case "tags" or "keywords":
                if (append) draft.Tags.Add(value);
                else draft.Tags.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                break;
        }
    }

    private static string StripWikiLink(string value) => value.StartsWith("[[", StringComparison.Ordinal) && value.EndsWith("]]", StringComparison.Ordinal) ? value[2..^2] : value;

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') return value[1..^1].Replace("''", "'", StringComparison.Ordinal).Trim();
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"') return value;
        // A double-quoted YAML string: \" and \\ escapes.
        var builder = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length - 1) i++;
            builder.Append(value[i]);
        }
        return builder.ToString().Trim();
    }
}
