using System.Text;

namespace NewsReader.Web.Importing;

/// <summary>
/// Turns file bytes into text: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM, and Windows-1252 when the
/// bytes are not valid UTF-8. Binary content (NUL bytes, or mostly control characters) is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public readonly record struct Decoded(string? Text, string? Warning, string? Rejection);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return new(null, null, "the file is empty");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return FromUnicode(Encoding.Unicode.GetString(bytes[2..]));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return FromUnicode(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0) return new(null, null, "the file is binary (it contains NUL bytes), not article text");

        string text;
        string? warning = null;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
            warning = "The file is not valid UTF-8; it was read as Windows-1252.";
        }
        if (IsMostlyControl(text)) return new(null, null, "the file is binary (mostly control characters), not article text");
        return new(text, warning, null);
    }

    private static Decoded FromUnicode(string text) =>
        text.Contains('\0') || IsMostlyControl(text) ? new(null, null, "the file is binary, not article text") : new(text, null, null);

    private static bool IsMostlyControl(string text)
    {
        var control = 0;
        var sample = Math.Min(text.Length, 64 * 1024);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
            else if (c == '\uFFFD') control++;
        }
        return sample > 0 && control * 10 > sample;
    }
}
