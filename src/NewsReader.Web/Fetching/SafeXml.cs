using System.Xml;
using System.Xml.Linq;

namespace NewsReader.Web.Fetching;

/// <summary>
/// Reads fetched XML (feeds) with DTD processing prohibited: a document that declares a DTD is refused, so no external
/// entity is ever fetched (XXE) and no entity is expanded (billion laughs). No resolver, a size cap on the text.
/// </summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(long maxCharacters = 64L * 1024 * 1024) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreProcessingInstructions = true,
        Async = false,
    };

    /// <summary>A reader over <paramref name="xml"/> with <see cref="Settings"/>, for libraries that read from an <see cref="XmlReader"/>.</summary>
    public static XmlReader CreateReader(string xml) => XmlReader.Create(new StringReader(xml), Settings());

    /// <summary>The document, or the reason it was refused ("the XML declares a DTD …"), never an exception.</summary>
    public static (XDocument? Document, string? Error) Parse(string xml)
    {
        try
        {
            using var reader = CreateReader(xml);
            return (XDocument.Load(reader, LoadOptions.None), null);
        }
        catch (XmlException exception) when (exception.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return (null, "the XML declares a DTD (<!DOCTYPE …>), which NewsReader does not read: it could fetch other files or expand without end");
        }
        catch (XmlException exception)
        {
            return (null, $"the XML is not well-formed (line {exception.LineNumber}, position {exception.LinePosition}): {exception.Message}");
        }
    }
}
