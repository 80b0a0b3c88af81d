using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>Recognises a photo caption line, <c>Foto: TEXT (CREDIT)</c>, also <c>Photo:</c>, <c>Gambar:</c> and <c>Ilustrasi:</c>.</summary>
internal static class CaptionParser
{
    private static readonly string[] Labels = ["Foto", "Photo", "Gambar", "Image", "Ilustrasi", "Illustration", "Caption", "Keterangan foto"];

    public static bool TryParse(string source, SourceLine line, out Caption caption)
    {
        caption = null!;
        var text = line.Text;
        foreach (var label in Labels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var i = label.Length;
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length || text[i] != ':') continue;
            i++;
            var bodyStart = line.Span.Start + i;
            var bodyEnd = line.Span.End;
            TextField? credit = null;
            if (text[^1] == ')')
            {
                var open = MatchingOpen(text);
                if (open > i)
                {
                    credit = TextRules.Field(source, line.Span.Start + open + 1, line.Span.End - 1);
                    bodyEnd = line.Span.Start + open;
                    if (credit.Value.Length == 0) credit = null;
                }
            }
            var body = TextRules.Field(source, bodyStart, bodyEnd);
            if (body.Value.Length == 0 && credit is null) return false;
            caption = new Caption(body, credit, line.Span);
            return true;
        }
        return false;
    }

    private static int MatchingOpen(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }
}
