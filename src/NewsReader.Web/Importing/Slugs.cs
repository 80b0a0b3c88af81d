using System.Globalization;
using System.Text;

namespace NewsReader.Web.Importing;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens ("Ketemu Trump, Ada Apa?" → "ketemu-trump-ada-apa").</summary>
public static class Slugs
{
    public static string From(string? text, int maxLength = 80)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, maxLength));
        var hyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0) builder.Append('-');
                hyphen = false;
                builder.Append(char.ToLowerInvariant(c));
                if (builder.Length >= maxLength) break;
            }
            else if (c != '\'' && c != '\u2019')
            {
                hyphen = true;
            }
        }
        return builder.ToString().Trim('-');
    }
}
