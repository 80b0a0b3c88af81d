using NewsReader.Web.Fetching;

namespace NewsReader.Web.Tests.Fetching;

/// <summary>Fetched XML is read with DTD processing prohibited: no external entities, no entity expansion.</summary>
public sealed class SafeXmlTests
{
    [Fact]
    public void AFeedIsRead()
    {
        var (document, error) = SafeXml.Parse("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Berita</title></channel></rss>""");
        Assert.Null(error);
        Assert.Equal("Berita", document!.Root!.Element("channel")!.Element("title")!.Value);
    }

    [Fact]
    public void AnExternalEntityIsRefused()
    {
        var (document, error) = SafeXml.Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><title>&xxe;</title></channel></rss>
            """);
        Assert.Null(document);
        Assert.StartsWith("the XML declares a DTD", error);
    }

    [Fact]
    public void BillionLaughsIsRefused()
    {
        var (document, error) = SafeXml.Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <lolz>&lol3;</lolz>
            """);
        Assert.Null(document);
        Assert.StartsWith("the XML declares a DTD", error);
    }

    [Fact]
    public void BrokenXmlGetsItsPlace()
    {
        var (document, error) = SafeXml.Parse("<rss><channel></rss>");
        Assert.Null(document);
        Assert.StartsWith("the XML is not well-formed (line 1", error);
    }
}
