using System.Text;
using System.Text.RegularExpressions;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Fetching;

/// <summary>
/// Decodes a fetched body, taking its encoding from the first of these that names one the app knows, the order
/// browsers use (WHATWG "encoding sniffing"): a byte order mark; the <c>charset</c> of the Content-Type header; the XML
/// declaration (<c>&lt;?xml … encoding="…"?&gt;</c>); <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> in the first 4 KB. With none, the
/// bytes go to <see cref="TextDecoder"/> (UTF-8 when valid, else Windows-1252), as an imported file's do. So a server
/// that says ISO-8859-1 while its page says UTF-8 is taken at its word, as a browser takes it.
/// </summary>
public static partial class Charset
{
    static Charset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>How far into the body the declarations are looked for.</summary>
    private const int PrescanBytes = 4096;

    public readonly record struct Decoded(string? Text, string? EncodingName, string? Rejection);

    public static Decoded Decode(byte[] body, string? headerCharset)
    {
        if (HasBom(body)) return FromDecoder(TextDecoder.Decode(body), "utf (byte order mark)");
        if (Named(headerCharset) is { } fromHeader) return With(body, fromHeader, "Content-Type header");
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, PrescanBytes));
        if (XmlDeclaration().Match(head) is { Success: true } xml && Named(xml.Groups["name"].Value) is { } fromXml)
            return With(body, fromXml, "XML declaration");
        if (MetaCharset().Match(head) is { Success: true } meta && Named(meta.Groups["name"].Value) is { } fromMeta)
            return With(body, fromMeta, "meta charset");
        return FromDecoder(TextDecoder.Decode(body), null);
    }

    private static bool HasBom(byte[] b) =>
        b is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <summary>The encoding a label names, or null for an unknown one. UTF-16 named in a page is read as UTF-8, as browsers do.</summary>
    private static Encoding? Named(string? label)
    {
        label = label?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(label)) return null;
        try
        {
            var encoding = Encoding.GetEncoding(label);
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Decoded With(byte[] body, Encoding encoding, string source)
    {
        if (encoding.CodePage == Encoding.UTF8.CodePage) return FromDecoder(TextDecoder.Decode(body), $"utf-8 ({source})");
        var text = encoding.GetString(body);
        if (text.Contains('\0')) return new(null, null, "the page is binary (it contains NUL bytes), not text");
        return new(text, $"{encoding.WebName} ({source})", null);
    }

    /// <summary>UTF-8 (or UTF-16 by its byte order mark) through the importer's decoder, which falls back to Windows-1252 on invalid UTF-8.</summary>
    private static Decoded FromDecoder(TextDecoder.Decoded decoded, string? source) =>
        decoded.Rejection is { } rejection ? new(null, null, rejection.Replace("the file", "the page", StringComparison.Ordinal))
            : new(decoded.Text, decoded.Warning is null ? source ?? "utf-8 (no encoding named)" : "windows-1252 (not valid UTF-8)", null);

    [GeneratedRegex("""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]{1,40})["']""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]{0,500}?charset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MetaCharset();
}
