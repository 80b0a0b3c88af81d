using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsReader.Web.Search;

/// <summary>Turns a snippet with U+E000/U+E001 markers into HTML: all text encoded, the markers as &lt;mark&gt;.</summary>
public static class Snippets
{
    public static IHtmlContent ToHtml(string snippet)
    {
        var html = new StringBuilder(snippet.Length + 32);
        var text = new StringBuilder();
        var open = false;
        foreach (var c in snippet)
        {
            if (c == SearchDocument.MarkStart && !open) { Flush(); html.Append("<mark>"); open = true; }
            else if (c == SearchDocument.MarkEnd && open) { Flush(); html.Append("</mark>"); open = false; }
            else if (c != SearchDocument.MarkStart && c != SearchDocument.MarkEnd) text.Append(c);
        }
        Flush();
        if (open) html.Append("</mark>");
        return new HtmlString(html.ToString());

        void Flush()
        {
            html.Append(HtmlEncoder.Default.Encode(text.ToString()));
            text.Clear();
        }
    }
}
