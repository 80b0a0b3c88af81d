using System.Text;

namespace NewsReader.Parsing;

/// <summary>
/// Brings text to the one form every span refers to: no BOM, LF line endings, numeric character references decoded
/// (<c>Jos&amp;#233;</c> is how some copied pages spell José), the script a copied page left in its text removed, two
/// apostrophes typed for a quotation mark made that mark, Unicode NFC.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string text) => Normalize(text, decodeCharacterReferences: true);

    /// <summary>
    /// As <see cref="Normalize(string)"/>; markup (HTML, Markdown) keeps its character references for its own parser, which
    /// reads them where they stand: decoded first, <c>content='cult&amp;#039;s trust'</c> would end the attribute at
    /// "cult" and <c>&amp;#60;</c> would open a tag.
    /// </summary>
    public static string Normalize(string text, bool decodeCharacterReferences)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (decodeCharacterReferences && text.Contains("&#", StringComparison.Ordinal)) text = DecodeCharacterReferences(text);
        // Plain text only (markup's parser reads its own scripts): "… Jumat (5/7/2024). // <![CDATA[!function(){"use strict";
        // window.addEventListener("message", …)}();// ]]> Matt Simpson …", a chart's embed script copied with a page's text,
        // is no part of the article, and its quotation marks would pair with the article's.
        if (decodeCharacterReferences && text.Contains("<![CDATA[", StringComparison.Ordinal)) text = CopiedScript().Replace(text, "");
        // Plain text only (markup has attributes such as alt=''): "''We gave Gordon a chance,'' said Ireland coach Eddie
        // O'Sullivan", two apostrophes typed for a quotation mark, as some pages and wires print it, are that mark.
        if (decodeCharacterReferences && text.Contains("''", StringComparison.Ordinal)) text = TypedQuotationMark().Replace(text, "\"");
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
        if (IsNormalizedByRange(text)) return true;
        try { return text.IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return true; }
    }

    private static string NormalizeSafe(string text)
    {
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }

    /// <summary>
    /// True when every character is below U+0300 or in U+2002–U+206F (spaces, dashes, curly quotes, ellipsis): each such
    /// character is NFC_QC=Yes with combining class 0, so the text is NFC without asking ICU. False means "ask".
    /// </summary>
    private static bool IsNormalizedByRange(ReadOnlySpan<char> text)
    {
        int i;
        while ((i = text.IndexOfAnyExceptInRange('\0', '\u02FF')) >= 0)
        {
            if (text[i] is < '\u2002' or > '\u206F') return false;
            text = text[(i + 1)..];
        }
        return true;
    }

    // The section, the comment marker before it and the spaces after it; an unclosed one is left as it is.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?://[ \t]*)?<!\[CDATA\[.*?\]\]>[ \t]*", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex CopiedScript();

    // Exactly two apostrophes: not three or more (a row of them is no mark).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!')''(?!')")]
    private static partial System.Text.RegularExpressions.Regex TypedQuotationMark();

    [System.Text.RegularExpressions.GeneratedRegex(@"&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));")]
    private static partial System.Text.RegularExpressions.Regex CharacterReference();

    // "&#233;" and "&#xE9;" become "é"; a reference to no character, or to a control character, stays as written.
    private static string DecodeCharacterReferences(string text) => CharacterReference().Replace(text, match =>
    {
        var value = match.Groups[1].Success
            ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
            : int.Parse(match.Groups[2].ValueSpan, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        if (value is < 0x20 and not (0x09 or 0x0A) || value is >= 0x7F and < 0xA0 || value is >= 0xD800 and <= 0xDFFF || value > 0x10FFFF) return match.Value;
        return char.ConvertFromUtf32(value);
    });
}
