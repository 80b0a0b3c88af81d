using AngleSharp.Html.Parser;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Tests;

/// <summary>Each header field of a saved page from its evidence, in the documented order.</summary>
public sealed class PageMetadataTests
{
    private static PageMetadata Read(string head, string body = "<p>Text.</p>") =>
        new(new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>"));

    // The section a reader sees over the headline, over the page's meta tags: The Washington Post's kicker ("Maryland" where
    // the tag says "dc-md-va"), The New York Times's masthead label ("Asia Pacific" where it says "World"); BBC's subsection.
    [Theory]
    [InlineData("""<meta property="article:section" content="dc-md-va">""", """<div data-qa="headline-kicker"><a href="/dc-md-va/maryland/">Maryland</a></div>""", "Maryland")]
    [InlineData("""<meta property="article:section" content="World">""", """<a href="/section/world/asia" data-testid="masthead-section-label">Asia Pacific</a>""", "Asia Pacific")]
    [InlineData("""<meta name="page.section" content="News"><meta name="page.subsection" content="Mid Wales">""", "", "Mid Wales")]
    [InlineData("""<meta property="article:section" content="Politics">""", """<nav><a data-qa="kicker" href="/sports/">Sports</a></nav>""", "Politics")]
    // A kicker that says what kind of story it is stands for no section.
    [InlineData("""<meta property="article:section" content="Politics">""", """<div data-qa="headline-kicker">Analysis</div>""", "Politics")]
    [InlineData("""<meta property="article:section" content="Politics">""", """<span class="headline-kicker">EXCLUSIVE</span>""", "Politics")]
    public void TheSectionIsTheLabelPrintedOverTheHeadline(string head, string label, string section)
    {
        var draft = HtmlConverter.Convert($"<html><head>{head}</head><body><main>{label}<h1 class=\"headline\">Crab houses run short of pickers after visa lottery</h1><p>Fewer than half of the seasonal workers that the processors asked for arrived this spring, the owners said.</p></main></body></html>");
        Assert.Equal(section, draft.Section);
    }

    [Theory]
    [InlineData("Senator Chris Murphy led the negotiations.Credit...Kent Nishimura for The New York Times", "Senator Chris Murphy led the negotiations.", "Kent Nishimura for The New York Times")]
    [InlineData("Protesters came on stage during the play (Photo: Just Stop Oil/PA Wire)", "Protesters came on stage during the play", "Just Stop Oil/PA Wire")]
    [InlineData("Protesters in Paris (Photo: AFP) on Saturday.", "Protesters in Paris on Saturday.", "AFP")]
    public void ACaptionsCreditMarkedOnlyByItsLabelIsSplitOff(string figcaption, string caption, string credit)
    {
        var draft = HtmlConverter.Convert($"<html><body><article><figure><img src=\"a.jpg\"><figcaption>{figcaption}</figcaption></figure><p>Senate Republicans on Wednesday blocked a bipartisan border security bill after months of talks.</p></article></body></html>");
        Assert.Equal(caption, draft.Caption);
        Assert.Equal(credit, draft.Credit);
    }

    [Theory]
    // Kontan prints the caption in a bare div under the lead picture, its label and credit inside the text.
    [InlineData("""<div class="img-detail-desk"><img src="a.jpg" alt="Petani menyadap pohon karet di kebun rakyat di Musi Banyuasin, Selasa (26/8/2025)."><div class="fs12">KARET ALAM. Petani menyadap pohon karet di kebun rakyat di Musi Banyuasin, Selasa (26/8/2025). KONTAN/Daniel Prabowo/26/08/2025</div></div>""",
        "Petani menyadap pohon karet di kebun rakyat di Musi Banyuasin, Selasa (26/8/2025).", "KONTAN/Daniel Prabowo/26/08/2025")]
    // Kompas marks its caption and its author, in no figure.
    [InlineData("""<div class="photo"><div class="photo__wrap"><img src="a.jpg" alt="Ilustrasi perundungan di sekolah."></div><div class="photo__caption">Ilustrasi perundungan di sekolah.<div class="photo__author">KOMPAS.com/RIDWAN HAKIM</div></div></div>""",
        "Ilustrasi perundungan di sekolah.", "KOMPAS.com/RIDWAN HAKIM")]
    // CNBC Indonesia's figcaption opens with "Foto:" and closes with the credit in brackets.
    [InlineData("""<figure><img src="a.jpg" alt="x"><figcaption>Foto: Ilustrasi aset kripto di Jakarta, Senin (9/2/2026). (CNBC Indonesia/Zulkarnain Adi)</figcaption></figure>""",
        "Ilustrasi aset kripto di Jakarta, Senin (9/2/2026).", "CNBC Indonesia/Zulkarnain Adi")]
    // BBC prints the credit over the picture, outside the figcaption, after a hidden "Image source, ".
    [InlineData("""<figure><div data-testid="image-wrapper"><img src="a.jpg" alt="A man at a cliff edge"><span role="text"><span class="visually-hidden">Image source, </span>Getty Images</span></div><figcaption>Derek Ombler says the cliff edge was two fields away when he moved in</figcaption></figure>""",
        "Derek Ombler says the cliff edge was two fields away when he moved in", "Getty Images")]
    // CNBC Indonesia's older pages print the caption in a bare span under the picture, "Foto:" and the credit in brackets.
    [InlineData("""<div class="media_artikel"><img src="a.jpg" alt="Mobil listrik mengantre di SPKLU Rest Area KM 130, Senin (24/4/2023)."><span>Foto: Mobil listrik mengantre di SPKLU Rest Area KM 130, Senin (24/4/2023). (CNBC Indonesia/Faisal Rahman)</span></div>""",
        "Mobil listrik mengantre di SPKLU Rest Area KM 130, Senin (24/4/2023).", "CNBC Indonesia/Faisal Rahman")]
    // Kompas's author in brackets, past the "Lihat Foto" button beside the picture.
    [InlineData("""<div class="photo"><div class="photo__wrap"><img src="a.jpg" alt="Kandang jebak yang dipasang BKSDA di Pasaman."><div class="photo__icon"><a href="b.html">Lihat Foto</a></div></div><div class="photo__caption">Kandang jebak yang dipasang BKSDA di Pasaman.<div class="photo__author">(DOK. BKSDA SUMBAR)</div></div></div>""",
        "Kandang jebak yang dipasang BKSDA di Pasaman.", "DOK. BKSDA SUMBAR")]
    // The lead picture's caption, not the first figure's, which stands in the body further down.
    [InlineData("""<div class="photo"><div class="photo__wrap"><img src="a.jpg" alt="Ilustrasi ijazah."></div><div class="photo__caption">Ilustrasi ijazah.<div class="photo__author">(SHUTTERSTOCK/ANAM)</div></div></div><p>Kristina hanya bisa menunjukkan fotokopi surat keterangan lulus kepada calon pemberi kerja di Medan.</p><figure><img src="b.jpg" alt=""><figcaption>Kristina di rumahnya, Selasa (9/9/2025). (KOMPAS.com/BENNY)</figcaption></figure>""",
        "Ilustrasi ijazah.", "SHUTTERSTOCK/ANAM")]
    // The Washington Post's older pages: a "pb-caption" span beside a picture with no alt text, the credit in brackets.
    [InlineData("""<div class="inline-content inline-photo"><span><img src="a.jpg" alt=""></span><span class="pb-caption">A lifeguard stand sits empty at Hillview Pool in Arlington on Thursday. (Joelle Haskins/The Washington Post)</span></div>""",
        "A lifeguard stand sits empty at Hillview Pool in Arlington on Thursday.", "Joelle Haskins/The Washington Post")]
    // BBC's older pages: screen-reader labels ("Image copyright", "Image caption") that are no part of the credit or caption.
    [InlineData("""<figure><span class="image-and-copyright-container"><img src="a.jpg" alt="The avenue in 1900"><span class="off-screen">Image copyright</span><span class="story-image-copyright">Marlstone Estate</span></span><figcaption class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">The avenue was planted in 1868 to mark a marriage</span></figcaption></figure>""",
        "The avenue was planted in 1868 to mark a marriage", "Marlstone Estate")]
    // BBC's newer pages: the credit, the figure's only words outside its caption, over the picture in a span with no name.
    [InlineData("""<div data-component="image-block"><figure><div class="sc-a1"><span class="sc-a2">Emyr Rhydderch</span><img src="a.jpg" alt="A field with sheep"></div><figcaption class="sc-c1">Emyr Rhydderch found the ewes in a field on Saturday morning</figcaption></figure></div>""",
        "Emyr Rhydderch found the ewes in a field on Saturday morning", "Emyr Rhydderch")]
    // The New York Times's credit, after a hidden "Credit".
    [InlineData("""<figure><img src="a.jpg" alt=""><figcaption class="caption"><span class="caption-text">Chan Wing-kei, 78, in the dining room on its last day.</span> <span class="credit"><span class="visually-hidden">Credit</span> Hiram Osterberg for The New York Times</span></figcaption></figure>""",
        "Chan Wing-kei, 78, in the dining room on its last day.", "Hiram Osterberg for The New York Times")]
    // Reuters's "Acquire Licensing Rights" link beside the caption's paragraph.
    [InlineData("""<figure><img src="a.jpg" alt=""><figcaption class="image-caption"><p>A baker takes bread out of an oven in Leipzig, Germany, October 5, 2022. REUTERS/Malte Brockhaus</p><a href="https://www.reutersagency.com/">Acquire Licensing Rights</a></figcaption></figure>""",
        "A baker takes bread out of an oven in Leipzig, Germany, October 5, 2022.", "REUTERS/Malte Brockhaus")]
    public void ALeadCaptionIsFoundWhereOutletsPrintItAndItsCreditSplitOff(string picture, string caption, string credit)
    {
        var draft = HtmlConverter.Convert($"<html><body><article>{picture}<p>Harga karet alam di tingkat petani turun ke Rp 8.500 per kilogram pekan ini, kata para pengepul di Palembang.</p><p>Pabrik mengurangi pembelian karena permintaan ekspor melemah sejak Juli, menurut asosiasi pengusaha karet.</p></article></body></html>");
        var article = NewsReader.Parsing.ArticleParser.Parse(draft.ToText());
        Assert.Equal(caption, article.Captions[0].Text.Value);
        Assert.Equal(credit, article.Captions[0].Credit?.Value);
        // The caption found by its text leaves the body.
        Assert.DoesNotContain(article.Blocks, block => block.Text.Contains(caption, StringComparison.Ordinal));
    }

    // Words beside the picture that are no credit: a zoom button's label, a gallery's counter, "Photo".
    [Theory]
    [InlineData("""<div class="zoom-label">Enlarge</div>""")]
    [InlineData("""<span class="counter">1 of 6</span>""")]
    [InlineData("""<span>Photo</span>""")]
    public void ControlsBesideAPictureAreNoCredit(string control)
    {
        var draft = HtmlConverter.Convert($"<html><body><article><figure><div>{control}<img src=\"a.jpg\" alt=\"A field\"></div><figcaption>Sheep in a field near the village on Saturday morning</figcaption></figure><p>The farmer found the ewes on Saturday morning and called the police at once, he said.</p></article></body></html>");
        Assert.Equal("Sheep in a field near the village on Saturday morning", draft.Caption);
        Assert.Null(draft.Credit);
    }

    [Theory]
    // A paragraph that opens with the picture's description and goes on is the body's, and so is its quotation.
    [InlineData("""<p><img src="a.jpg" alt="Gubernur Bank Indonesia Perry Warjiyo"></p><p>Gubernur Bank Indonesia Perry Warjiyo mengatakan keputusan itu sejalan dengan upaya menjaga stabilitas rupiah di tengah ketidakpastian global yang tinggi.</p>""")]
    // A thumbnail not inside a link, over its headline and date.
    [InlineData("""<div class="pic"><img src="t.jpg" alt="Harga Emas Antam Naik Lagi Hari Ini"></div><div class="info"><h3>Harga Emas Antam Naik Lagi Hari Ini</h3><span>Selasa, 26 Agustus 2025 / 08:00 WIB</span></div><p>Harga karet alam di tingkat petani turun ke Rp 8.500 per kilogram pekan ini, kata para pengepul di Palembang.</p>""")]
    public void TextUnderAPictureIsNoCaptionUnlessItIsTheDescriptionAndACredit(string body)
    {
        var draft = HtmlConverter.Convert($"<html><body><article>{body}</article></body></html>");
        Assert.Null(draft.Caption);
    }

    [Theory]
    [InlineData("https://www.bbc.co.uk/sport/football/articles/c1", null)]
    [InlineData("https://www.nytimes.com/athletic/6012345/2026/01/02/story/", null)]
    [InlineData("https://koran.tempo.co/read/ekonomi/123/harga-beras", null)]
    [InlineData("https://regional.kompas.com/read/2025/10/15/174200478/siswa", "Kompas.com")]
    [InlineData("https://www.reuters.com/world/africa/kenyan-flower-growers-2025-12-16/", "Reuters")]
    public void AnOutletByAddressIsNotAnotherBrandOfTheSameHouse(string address, string? outlet)
    {
        var draft = HtmlConverter.Convert($"""<html><head><link rel="canonical" href="{address}"></head><body><article><p>Residents of a 64-unit building on the Grand Concourse have been using ovens and space heaters for warmth.</p></article></body></html>""");
        Assert.Equal(outlet, draft.Outlet);
    }

    [Fact]
    public void AWriterWhoseNewsletterBearsTheirNameStaysTheAuthor()
    {
        var draft = HtmlConverter.Convert("""<html><head><meta name="author" content="Robert Reich"><meta property="og:site_name" content="Robert Reich"></head><body><article><p>The economy added jobs last month, but wages for most workers barely kept pace with prices.</p></article></body></html>""");
        Assert.Equal(["Robert Reich"], draft.Authors);
    }

    [Fact]
    public void ARelatedArticlesThumbnailIsNoCaption()
    {
        var draft = HtmlConverter.Convert("""<html><body><article><p>Harga karet alam di tingkat petani turun ke Rp 8.500 per kilogram pekan ini, kata para pengepul.</p></article><aside><a href="/x"><img src="t.jpg" alt="Harga Emas Antam Naik Lagi Hari Ini"></a><h3>Harga Emas Antam Naik Lagi Hari Ini</h3></aside></body></html>""");
        Assert.Null(draft.Caption);
    }

    [Theory]
    // The page prints its time to the minute in a zone: that is the date, the instant the stamp gives, as a reader sees it.
    [InlineData("""<meta property="article:published_time" content="2025-11-25T15:47:21+07:00">""", """<div class="detail__date">Selasa, 25 Nov 2025 15:47 WIB</div>""", "2025-11-25T15:47:00+07:00")]
    [InlineData("""<meta property="article:published_time" content="2026-05-13T11:08:14Z">""", """<time datetime="2026-05-13T11:08:14Z"><span>May 13, 2026</span><span>1:08 PM GMT+2</span><span>Updated 3 hours ago</span></time>""", "2026-05-13T13:08:00+02:00")]
    // A printed time with no zone says less than the stamp, which stays; so does a printed time of another instant.
    [InlineData("""<meta property="article:published_time" content="2026-02-10T14:35:12+07:00">""", """<div class="date">10 February 2026 14:35</div>""", "2026-02-10T14:35:12+07:00")]
    [InlineData("""<meta property="article:published_time" content="2026-02-10T14:35:12+07:00">""", """<div class="date">Selasa, 10 Feb 2026 18:35 WIB</div>""", "2026-02-10T14:35:12+07:00")]
    public void APublishedStampIsWrittenAsThePagePrintsItInAZone(string head, string body, string expected) =>
        Assert.Equal(expected, Read(head, body + "<p>Text.</p>").Published());

    [Fact]
    public void AnOutletIsKnownByItsAddressAndIsNoAuthor()
    {
        // The New York Times names itself in no meta tag; CNN Indonesia signs its own name as the author.
        var nyt = HtmlConverter.Convert("""<html><head><meta property="og:url" content="https://www.nytimes.com/2026/02/03/nyregion/bronx-heat.html"><meta name="byl" content="By Camila Ordonez"></head><body><article><p>Residents of a 64-unit building on the Grand Concourse have been using ovens and space heaters for warmth.</p></article></body></html>""");
        Assert.Equal("The New York Times", nyt.Outlet);
        var cnn = HtmlConverter.Convert("""<html><head><meta name="author" content="CNN Indonesia"><meta property="og:site_name" content="CNN Indonesia"></head><body><article><p>Tim SAR gabungan menemukan pendaki asal Semarang dalam keadaan selamat di lereng barat Gunung Sumbing.</p></article></body></html>""");
        Assert.Equal("CNN Indonesia", cnn.Outlet);
        Assert.Empty(cnn.Authors);
    }

    [Fact]
    public void APagesBylineBlockAndGetInTouchBoxAreNoBody()
    {
        var draft = HtmlConverter.Convert("""
            <html><body><article>
            <div data-component="byline-block"><div data-testid="byline-new-contributors"><span>Joanna Threlfall</span><div><span>BBC News, Yorkshire</span></div></div></div>
            <div data-component="text-block"><p>The last five homes on a clifftop road on the Holderness coast are to be demolished within weeks, the council has said.</p></div>
            <div data-component="text-block"><p>Residents of Seaview Lane were told on Tuesday that the cliff had moved closer to their homes than engineers expected.</p></div>
            <div data-component="text-block"><p>"You hear it at night in a storm - a thud, and then in the morning another metre has gone," one resident said.</p></div>
            <div data-component="links-block"><h2>Get in touch</h2><p>Do you live on the Holderness coast? How has erosion affected you?</p><a href="https://www.bbc.co.uk/send/u1">Contact form</a></div>
            </article></body></html>
            """);
        var text = string.Join("\n", draft.Blocks.Select(b => b.Text));
        Assert.DoesNotContain("Joanna Threlfall", text);
        Assert.DoesNotContain("BBC News, Yorkshire", text);
        Assert.DoesNotContain("Get in touch", text);
        Assert.Contains("The last five homes", text);
    }

    [Fact]
    public void JsonLdDateWinsOverMetaTagsAndKeepsItsZone()
    {
        // The article is the main entity of a WebPage item; its offset is written without a colon.
        var page = Read("""
            <meta property="article:published_time" content="2023-04-28T18:16:00">
            <script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2023-04-28T18:16:04+0200"}}</script>
            """);
        Assert.Equal("2023-04-28T18:16:04+02:00", page.Published());
    }

    [Theory]
    [InlineData("2023-06-26T12:00:29.055Z", "2023-06-26T12:00:29+00:00")]
    [InlineData("2024-11-22 16:55:35", "2024-11-22T16:55:35")]
    [InlineData("2025-10-20", "2025-10-20")]
    [InlineData("1762590240000", "2025-11-08T08:24:00+00:00")]
    [InlineData("yesterday", null)]
    public void MachineDatesBecomeIsoWithTheZoneTheyName(string value, string? expected) =>
        Assert.Equal(expected, PageDate.Normalize(value));

    [Fact]
    public void APageWithNoDateMetadataGivesTheFirstDatePrintedInItsText()
    {
        var page = Read("<title>x</title>", "<div>首页 新闻</div><h1>标题</h1><div>2004年10月21日14:18 来源：新华网</div><p>正文 2005-01-02</p>");
        Assert.Equal("2004-10-21T14:18:00", page.Published());
        Assert.Equal("2005-09-15T11:46:00", PageDate.FirstInText("发表于 2005-9-15 11:46:00 正文"));
        Assert.Null(PageDate.FirstInText("2005-13-40 is no date"));
        Assert.Null(PageDate.FirstInText("2004 - 01/01 mixes its separators"));
        // A day from the metadata takes its time from the first date printed with one on that day.
        Assert.Equal("2022-02-13T07:48:00", Read("""<meta name="publishdate" content="2022-02-13">""", "<p>2022年02月12日</p><p>2022年02月13日07:48 来源：新华日报</p>").Published());
    }

    [Fact]
    public void JsonLdAuthorsAreTheWholeListAndOtherEvidenceIsNotAdded()
    {
        var page = Read("""
            <meta name="author" content="hessenschau.de, Frankfurt, Germany">
            <script type="application/ld+json">[{"@type":"NewsArticle","author":[{"@type":"Person","name":"Chus del Pino"},{"@type":"Person","name":"Martí Abad"}]},{"@type":"NewsArticle","author":{"name":"Someone Else"}}]</script>
            """, "<a rel=author href=/a/x>chuck-ross</a>");
        Assert.Equal(["Chus del Pino", "Martí Abad"], page.Authors());
    }

    [Fact]
    public void AListOfNamesIsSeveralAuthorsAndHandlesAndNumbersAreNone()
    {
        Assert.Equal(["Mamokete Modiba", "Claire Benit-Gbaffou", "Sarah Charlton", "Tanya Zack"],
            Read("""<meta name="author" content="Mamokete Modiba, Claire Benit-Gbaffou, Sarah Charlton and Tanya Zack">""").Authors());
        Assert.Equal(["Sauli Giliard"], Read("""<meta name="author" content="By Sauli Giliard">""").Authors());
        Assert.Empty(Read("""<meta name="author" content="105092"><meta name="author" content="@desk">""").Authors());
        // The outlet (or its agency) credited as the author is the byline when nothing names a person; a person wins.
        Assert.Equal(["Lesotho Times"], Read("""<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times"><meta name="author" content="105092">""").Authors());
        Assert.Equal(["Mathatisi Sebusi"], Read("""<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times">""",
            """<p class="byline">By Mathatisi Sebusi</p>""").Authors());
        // Bylines without a colon: the writer's "/文", the reporter's "记者…发自", a report's closing "（姚峰 上海报道）".
        Assert.Equal(["马俊峰"], Read("<title>x</title>", "<p>顶端新闻·河南商报记者马俊峰/文受访者供图</p>").Authors());
        Assert.Equal(["罗科苏盈"], Read("<title>x</title>", "<p>本报记者罗科苏盈发自北京 23日下午，论坛开幕。</p>").Authors());
        Assert.Equal(["姚峰"], Read("<title>x</title>", "<p>改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）</p>").Authors());
        // A Chinese byline in the text: the writer's label before the editor's; a label inside a sentence names nobody.
        Assert.Equal(["宋怡", "杨志华"], Read("<title>x</title>", "<p>记者采访时称 ……</p><p>编辑： 金金 来源： 21世纪经济报道 作者：宋怡 杨志华 我要说说</p>").Authors());
        Assert.Empty(Read("<title>x</title>", "<p>记者采访时称，市场回暖。</p>").Authors());
        Assert.Equal(["Eva Kirchner-Rätsch"], Read("<title>x</title>", """<p>Do 25.04.24 | Von <span class="authorname">Eva Kirchner-Rätsch</span></p>""").Authors());
    }

    [Fact]
    public void AChineseWritersNameOnItsOwnLineAtTheBodysStartIsTheAuthorAndNoPartOfTheBody()
    {
        var body = string.Concat(Enumerable.Repeat("<p>一九八九年四月，我在湖南开一个全省教学研究会议。按照惯例，会议安排了一天时间，让与会者去风景点游玩观赏。</p>", 4));
        var draft = HtmlConverter.Convert($"<html><head><title>我是怎样卷入八九民运的</title></head><body><p>我是怎样卷入八九民运的</p><p>茉莉</p>{body}</body></html>");
        Assert.Equal(["茉莉"], draft.Authors);
        Assert.DoesNotContain(draft.Blocks, b => b.Text == "茉莉");
        // Two writers, and a name before a dash and the subtitle, which stays in the body.
        Assert.Equal(["赵延东", "风笑天"], HtmlConverter.Convert($"<html><body><p>社会资本与再就业</p><p>赵延东、风笑天</p>{body}</body></html>").Authors);
        var dashed = HtmlConverter.Convert($"<html><body><p>犬儒病</p><p>胡平 ——当代中国的精神危机 人心不会熄灭，但它可能蒙上灰烬而不再燃烧。</p>{body}</body></html>");
        Assert.Equal(["胡平"], dashed.Authors);
        Assert.Contains(dashed.Blocks, b => b.Text.StartsWith("胡平 ——", StringComparison.Ordinal));
        // A short line deep in the body, or a byline the page labels, is not read so.
        Assert.Empty(HtmlConverter.Convert($"<html><body>{body}<p>打印</p>{body}</body></html>").Authors);
        Assert.Equal(["宋怡"], HtmlConverter.Convert($"<html><body><p>标题</p><p>作者：宋怡。</p><p>茉莉</p>{body}</body></html>").Authors);
    }

    [Fact]
    public void AuthorsFromTheWritersPageLinkCxenseAndABoldBylineLineButNotFromAnOutletsShortName()
    {
        // The meta author is the outlet's short name; the link to the writer's page names the person.
        Assert.Equal(["Dr. Max Kolter"], Read("""<meta property="og:site_name" content="Legal Tribune Online"><meta name="author" content="LTO">""",
            """<p class="reader__meta-info">von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p><p>Text.</p>""").Authors());
        // Beside a person an agency's short name is kept.
        Assert.Equal(["Adam Vidler", "AP"], Read("""<meta property="og:site_name" content="9News"><meta name="author" content="Adam Vidler"><meta name="author" content="AP">""").Authors());
        Assert.Equal(["松岡大地"], Read("""<meta name="cXenseParse:author" content="松岡大地">""", "<span class=author>松岡大地 フォロー</span>").Authors());
        var body = string.Concat(Enumerable.Repeat("<p>A Chinese-owned crusher and quarry mining company has come under fire from villagers.</p>", 4));
        var draft = HtmlConverter.Convert($"""<html><head><meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times"></head><body><article><p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>{body}</article></body></html>""");
        Assert.Equal(["Mathatisi Sebusi", "Mohalenyane Phakela"], draft.Authors);
        Assert.DoesNotContain(draft.Blocks, b => b.Text.Contains("Sebusi", StringComparison.Ordinal));
        // A bold line in the middle of the body, or one that is no name, is none.
        Assert.Equal(["Lesotho Times"], HtmlConverter.Convert($"""<html><head><meta name="author" content="Lesotho Times"></head><body><article>{body}<p><strong>Key Points Ahead</strong></p>{body}<p><strong>Read more: the quarry</strong></p></article></body></html>""").Authors);
    }

    [Fact]
    public void ChineseBylinesOfOlderPagesAndOutletsThatAreNoPeople()
    {
        // The labelled byline in the text wins over an element whose class says "author" on a Chinese page.
        Assert.Equal(["孙仲旻"], Read("<title>x</title>", "<span class=author>51offer编辑：Alice</span><p>来源:转载 作者:孙仲旻</p><p>正文很长的一段话，讲述了留学申请的经验。</p>").Authors());
        Assert.Equal(["牛镛", "岳弘彬"], Read("<title>x</title>", "<p>正文很长的一段话。</p><div class=edit>(责编：牛镛、岳弘彬)</div>").Authors());
        Assert.Equal(["黄宇"], Read("<title>x</title>", "<td>2004年7月16日08:19 [ 黄宇 ]\uE5C2  来源：[ <a href='/x'>国际金融报</a> ]</td>").Authors());
        Assert.Equal(["大卫"], Read("<title>x</title>", "<p>本贴由<b>大卫</b>于2005年8月12日16:12:21在〖论坛〗发表</p>").Authors());
        // An outlet's name ends in its kind: no person.
        var outlet = Read("<title>x</title>", "<span class=author>大汉网络</span>").FindAuthors();
        Assert.False(outlet.ArePeople);
        Assert.Equal(["大汉网络"], outlet.Names);
        // Written as the author, an agency's or outlet's name in lower case or with a dot is kept when nothing names a person.
        Assert.Equal(["dpa"], Read("""<meta name="author" content="dpa">""").Authors());
        Assert.Equal(["Sabine Krüger"], Read("""<meta name="author" content="dpa">""", "<p>Text von <a href='/autor/sabine-krueger'>Sabine Krüger</a></p>").Authors());
        Assert.Equal(["太小心"], Read("<title>x</title>", "<a href='http://blog.example.com/?author=102' title='[太小心]的博客'>太小心</a>").Authors());
        // A line that opens with "By" and a capitalised name, before the first long paragraph; not a sentence, not later.
        Assert.Equal(["TPN"], Read("<title>x</title>", "<p class=text-sm> By TPN, in News · 24 Jan 2024</p><p>Text.</p>").Authors());
        Assert.Empty(Read("<title>x</title>", "<p>By clicking accept you agree.</p>").Authors());
        Assert.Empty(Read("<title>x</title>", $"<p>{new string('x', 300)}</p><p>By Anna Lee</p>").Authors());

        // "（袁源）" closing the report is its writer, and no part of the body.
        var body = string.Concat(Enumerable.Repeat("<p>他不否认，很多路途较远的学术会议，他是无力参加的。到头来，一位自甘穷酸的外科医生。</p>", 4));
        var draft = HtmlConverter.Convert($"<html><body><div>{body}<div align=right>（袁源）</div></div></body></html>");
        Assert.Equal(["袁源"], draft.Authors);
        Assert.DoesNotContain(draft.Blocks, b => b.Text.Contains("袁源", StringComparison.Ordinal));
    }

    [Theory]
    // A heading that is the whole title but for the site's name, however short.
    [InlineData("<title>Noodlecakes | Cook Republic</title>", "<h1>Cook Republic</h1><h2>Noodlecakes</h2>", "Noodlecakes")]
    // JSON-LD's headline, decoded once more and without the site's own name.
    [InlineData("""<meta property="og:site_name" content="毎日新聞"><script type="application/ld+json">{"@type":"NewsArticle","headline":"協賛企業&quot;総スカン&quot;で崩壊へ - 毎日新聞"}</script>""", "<h1>毎日新聞</h1>", "協賛企業\"総スカン\"で崩壊へ")]
    // The printed headline yields to an og:title that says otherwise.
    [InlineData("""<meta property="og:title" content="Waffenlieferungen an Israel: Verfassungsbeschwerde eingelegt">""", """<h1 class="reader__headline">Waffenlieferungen an Israel: Palästinenser legt Beschwerde ein</h1>""", "Waffenlieferungen an Israel: Verfassungsbeschwerde eingelegt")]
    public void TheHeadlineIsThePagesOwnTitleWithoutTheSiteName(string head, string body, string expected) =>
        Assert.Equal(expected, ArticleFormats.Parse(ArticleFormat.Html, $"<html><head>{head}</head><body>{body}<p>{new string('x', 10)} Some text of the article here.</p></body></html>").Headline?.Value);
}
