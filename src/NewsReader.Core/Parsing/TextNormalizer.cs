using System.Text;

namespace NewsReader.Parsing;

/// <summary>Brings text to the one form every span refers to: no BOM, LF line endings, Unicode NFC.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var hasCr = text.AsSpan(start).Contains('\r');
        string result;
        if (!hasCr)
        {
            result = start == 0 ? text : text[start..];
        }
        else
        {
            var builder = new StringBuilder(text.Length);
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                }
                else
                {
                    builder.Append(c);
                }
            }
            result = builder.ToString();
        }
        return IsNormalizedSafe(result) ? result : NormalizeSafe(result);
    }

    // Lone surrogates make string.Normalize throw; such text is left as it is rather than rejected.
    private static bool IsNormalizedSafe(string text)
    {
        try { return text.IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return true; }
    }

    private static string NormalizeSafe(string text)
    {
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }
}
