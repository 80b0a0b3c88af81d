using NewsReader.Parsing;

namespace NewsReader.Tests;

/// <summary>
/// Header layouts as pages are copied from sites today: BBC News prints the time as "2 hours ago", the page's "Share" and
/// "Save" buttons, then the writer's name over their title and outlet. None of those lines is body text.
/// </summary>
public class HeaderLayoutTests
{
    private const string BbcPage = """
        Fed holds interest rates as inflation cools
        2 hours ago
        Share
        Save
        Natalie Sherman
        Business reporter, BBC News

        The US central bank has kept interest rates on hold, saying it wants more evidence that inflation is slowing.

        "We're in a good place," Fed chairman Jerome Powell said.
        """;

    // BBC News's site menu as a copy of the page picks it up.
    private const string BbcSiteMenu = "Skip to content\nBritish Broadcasting Corporation\nHome\nNews\nSport\nBusiness\nInnovation\nCulture\nTravel\nEarth\nVideo\nLive";

    [Fact]
    public void ReadsTheWriterOverTheirTitleAndOutlet()
    {
        var article = ArticleParser.Parse(BbcPage);
        Assert.Equal("Fed holds interest rates as inflation cools", article.Headline?.Value);
        Assert.Equal(["Natalie Sherman"], article.Authors);
        Assert.Equal("BBC News", article.Outlet);
        Assert.Null(article.Published);
    }

    [Fact]
    public void KeepsThePageControlsOutOfTheBody()
    {
        var article = ArticleParser.Parse(BbcPage);
        var body = article.Blocks.Select(b => b.Text).ToList();
        Assert.Equal(2, body.Count);
        Assert.StartsWith("The US central bank", body[0]);
        Assert.Equal("Jerome Powell", Assert.Single(article.Quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData("0 komentar")]
    [InlineData("BAGIKAN")]
    [InlineData("URL telah disalin")]
    [InlineData("2 hours ago")]
    [InlineData("1 day ago")]
    [InlineData("17 jam lalu")]
    [InlineData("3 hari yang lalu")]
    [InlineData("Halaman selanjutnya")]
    [InlineData("5 min")]
    [InlineData("6 min read")]
    [InlineData("Gift Article")]
    [InlineData("SKIP ADVERTISEMENT")]
    [InlineData("Listen to this article · 6:42 min Learn more")]
    [InlineData("Updated 6:14 p.m. ET")]
    [InlineData("Image source, Getty Images")]
    [InlineData("Media caption, Watch: Jerome Powell explains the decision")]
    [InlineData("Image caption, Traders on the floor of the New York Stock Exchange")]
    [InlineData("SCROLL TO RESUME CONTENT")]
    [InlineData("Iklan")]
    [InlineData("Selanjutnya: IHSG Melonjak 2,1%, Saham Bank Besar Diborong Asing")]
    public void APageControlOrARelativeTimeIsNoBodyText(string line)
    {
        var article = ArticleParser.Parse($"Judul berita untuk uji coba\n\nParagraf pertama berita ini cukup panjang untuk dibaca sebagai isi berita.\n\n{line}\n\nParagraf kedua juga cukup panjang untuk dibaca sebagai isi berita yang sama.\n");
        Assert.DoesNotContain(article.Blocks, b => b.Text == line);
    }

    // The New York Times as copied: a standfirst as long as a paragraph, the page's button, a caption with its credit glued
    // on, the byline, where the writer filed from and a date in "ET".
    private const string NytPage = """
        Fed Holds Rates Steady as Inflation Cools
        The central bank signaled patience on further cuts, even as President Trump pressed for lower borrowing costs.
        Share full article
        A man walks past the Federal Reserve building in Washington.Credit...Kent Nishimura for The New York Times
        By Jeanna Smialek
        Reporting from Washington
        Dec. 10, 2025, 2:15 p.m. ET

        Federal Reserve officials left interest rates unchanged on Wednesday.

        "We're in a good place," Jerome H. Powell, the Fed chair, said at a news conference.
        """;

    [Fact]
    public void ReadsAStandfirstAsLongAsAParagraphAboveTheByline()
    {
        var article = ArticleParser.Parse(NytPage);
        Assert.StartsWith("The central bank signaled patience", article.Standfirst?.Value);
        Assert.Equal(["Jeanna Smialek"], article.Authors);
        Assert.Equal("2025-12-10T14:15:00-05:00", article.Published?.ToIsoString());
        Assert.Equal("Kent Nishimura for The New York Times", article.Caption?.Credit?.Value);
        Assert.Equal("A man walks past the Federal Reserve building in Washington.", article.Caption?.Text.Value);
        Assert.StartsWith("Federal Reserve officials", article.Blocks[0].Text);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void ReadsADatelineOnALineOfItsOwn()
    {
        var article = ArticleParser.Parse("""
            Purbaya Pastikan Gaji ke-13 PNS Cair Bulan Depan
            CNN Indonesia
            Jumat, 05 Des 2025 10:00 WIB
            Bagikan :

            Jakarta, CNN Indonesia --

            Menteri Keuangan Purbaya Yudhi Sadewa memastikan gaji ke-13 cair bulan depan.

            "Anggarannya sudah siap," kata Purbaya di Jakarta.
            """);
        Assert.Equal("Jakarta", article.Dateline?.Place?.Value);
        Assert.Equal("CNN Indonesia", article.Dateline?.OutletName);
        Assert.Null(article.Standfirst);
        Assert.StartsWith("Menteri Keuangan Purbaya", article.Blocks[0].Text);
        Assert.Equal("Purbaya Yudhi Sadewa", Assert.Single(article.Quotes).Speaker?.Name);
    }

    // The Washington Post as copied: a section, the headline, a standfirst as long as a paragraph, the reading time and the
    // page's buttons, a caption with its credit in brackets, then the byline and the date.
    private const string WashingtonPostPage = """
        Politics
        Senate confirms Pete Hegseth as defense secretary after Vance breaks tie
        Three Republicans joined Democrats in opposing the nominee, whose confirmation was clouded by allegations of misconduct.
        5 min
        Gift Article
        Share
        Comment
        Pete Hegseth arrives for his confirmation hearing on Jan. 14. (Kent Nishimura/The Washington Post)
        By Dan Lamothe and Liz Goodwin
        January 24, 2025 at 9:41 p.m. EST
        The Senate narrowly confirmed Pete Hegseth as defense secretary on Friday, with Vice President JD Vance casting the tiebreaking vote.
        “It’s a great day for the Pentagon,” Hegseth told reporters after the vote.
        """;

    // The New York Times with its section over the headline, the audio player's line, and the hour of an update under the date.
    private const string NytPageWithSection = """
        Politics
        Senate Republicans Block Border Bill as Deadline Nears
        The measure, negotiated for months, failed after former President Donald J. Trump came out against it.
        Listen to this article · 6:42 min Learn more
        Share full article
        Senator Chris Murphy led the negotiations for Democrats.Credit...Kent Nishimura for The New York Times
        By Catie Edmondson and Karoun Demirjian
        Reporting from Washington
        Feb. 7, 2024
        Updated 6:14 p.m. ET
        Senate Republicans on Wednesday blocked a bipartisan border security bill, dealing a blow to months of negotiations.
        “This is a sad day for the Senate,” said Senator Chris Murphy, Democrat of Connecticut.
        Advertisement
        SKIP ADVERTISEMENT
        “We did what they asked,” he said.
        """;

    [Theory]
    [InlineData(WashingtonPostPage, "Senate confirms Pete Hegseth", "Three Republicans joined", "Dan Lamothe", "2025-01-24T21:41:00-05:00", "Kent Nishimura/The Washington Post", "The Senate narrowly confirmed", 2)]
    [InlineData(NytPageWithSection, "Senate Republicans Block Border Bill", "The measure, negotiated", "Catie Edmondson", "2024-02-07", "Kent Nishimura for The New York Times", "Senate Republicans on Wednesday", 3)]
    public void ReadsASectionHeadlineAndLongStandfirstOverPageControlsAndTheByline(string page, string headline, string standfirst, string writer,
        string published, string credit, string body, int paragraphs)
    {
        var article = ArticleParser.Parse(page);
        Assert.Equal("Politics", article.Section?.Value);
        Assert.StartsWith(headline, article.Headline?.Value);
        Assert.StartsWith(standfirst, article.Standfirst?.Value);
        Assert.Equal(writer, article.Authors[0]);
        Assert.Equal(published, article.Published?.ToIsoString());
        Assert.Equal(credit, article.Caption?.Credit?.Value);
        Assert.StartsWith(body, article.Blocks[0].Text);
        Assert.Equal(paragraphs, article.Blocks.Count);
    }

    [Fact]
    public void ReadsAChannelAndABreadcrumbOverTheHeadlineAndALinkUnderItsLabel()
    {
        var article = ArticleParser.Parse("""
            detikJateng
            Berita
            Dana ke Daerah Dipangkas, Legislator Usul Pemkot Solo Naikkan Target Pajak
            Agil Trisetiawan Putra - detikJateng
            Senin, 20 Okt 2025 12:38 WIB
            Wali Kota Solo Respati Ardi. Foto: Agil Trisetiawan Putra/detikJateng
            Solo - DPRD Solo mengkritisi rencana Wali Kota Solo, Respati Ardi yang menerapkan work from home ke ASN mulai tahun depan.
            "Pertama yang saya dapat informasi berkurangnya Rp 218 miliar," kata Suharsono saat ditemui di DPRD Solo.
            Baca juga:
            Respati Minta ASN Solo WFH Mulai Tahun Depan
            "Kita dorong target pajak naik," ujarnya.
            Artikel Selanjutnya
            Wali Kota Solo Tinjau Pasar Gede
            """);
        Assert.Equal("detikJateng", article.Section?.Value);
        Assert.Equal("Dana ke Daerah Dipangkas, Legislator Usul Pemkot Solo Naikkan Target Pajak", article.Headline?.Value);
        Assert.Equal(["Agil Trisetiawan Putra"], article.Authors);
        Assert.Equal("2025-10-20T12:38:00+07:00", article.Published?.ToIsoString());
        Assert.Equal(["Respati Minta ASN Solo WFH Mulai Tahun Depan"], article.Related.Select(r => r.Value));
        Assert.Equal(3, article.Blocks.Count);
        Assert.StartsWith("DPRD Solo mengkritisi", article.Blocks[0].Text);
        Assert.StartsWith("\"Kita dorong", article.Blocks[2].Text);
    }

    [Theory]
    // Kontan's topic label in capitals ("ILUSTRASI.", "KARET ALAM.") says what the story is about, not what the picture shows.
    [InlineData("ILUSTRASI. Emas batangan Antam di Butik Emas LM Pulogadung. KONTAN/Cheppy A. Muchlis/12/01/2024", "Emas batangan Antam di Butik Emas LM Pulogadung.", "KONTAN/Cheppy A. Muchlis/12/01/2024")]
    [InlineData("EMAS BATANGAN. Pekerja menata emas batangan di Butik Emas LM Pulogadung, Senin (1/12/2025). KONTAN/Carolus Agus Waluyo/01/12/2025", "Pekerja menata emas batangan di Butik Emas LM Pulogadung, Senin (1/12/2025).", "KONTAN/Carolus Agus Waluyo/01/12/2025")]
    // Not an acronym that opens the sentence, nor a caption that is the label and a few words.
    [InlineData("BI menahan suku bunga acuan di Jakarta, Selasa (2/12/2025). KONTAN/Cheppy A. Muchlis/02/12/2025", "BI menahan suku bunga acuan di Jakarta, Selasa (2/12/2025).", "KONTAN/Cheppy A. Muchlis/02/12/2025")]
    // An abbreviation with its stop that opens the caption is no label ("PT.", "KH.").
    [InlineData("PT. Antam memamerkan emas batangan di Jakarta, Selasa (2/12/2025). KONTAN/Cheppy A. Muchlis/02/12/2025", "PT. Antam memamerkan emas batangan di Jakarta, Selasa (2/12/2025).", "KONTAN/Cheppy A. Muchlis/02/12/2025")]
    [InlineData("Emas batangan Antam. ANTARA FOTO/Aprillio Akbar/foc.", "Emas batangan Antam.", "ANTARA FOTO/Aprillio Akbar/foc.")]
    [InlineData("Petugas menunjukkan emas batangan di Jakarta, Selasa (2/12/2025). TEMPO/Tony Hartawan", "Petugas menunjukkan emas batangan di Jakarta, Selasa (2/12/2025).", "TEMPO/Tony Hartawan")]
    [InlineData("Ilustrasi emas batangan. (Dok. Humas Antam)", "Ilustrasi emas batangan.", "Dok. Humas Antam")]
    [InlineData("Ilustrasi emas (Getty Images/iStockphoto/Kittichai)", "Ilustrasi emas", "Getty Images/iStockphoto/Kittichai")]
    public void ReadsAnUnlabelledCaptionWhoseCreditIsAnAgencyAndANameOrAHandout(string line, string text, string credit)
    {
        var article = ArticleParser.Parse($"""
            Harga Emas Antam Naik Rp 10.000 Hari Ini
            Selasa, 02 Desember 2025 / 09:15 WIB
            Reporter: Dendi Siswanto | Editor: Handoyo
            {line}
            Jakarta - Harga emas batangan Antam naik Rp 10.000 per gram pada Selasa pagi di Butik Emas.
            """);
        Assert.Equal(text, article.Caption?.Text.Value);
        Assert.Equal(credit, article.Caption?.Credit?.Value);
        Assert.StartsWith("Harga emas batangan Antam naik", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void ANumberBeforeASlashIsNoCaptionCredit()
    {
        var article = ArticleParser.Parse("""
            Uang Kertas Lama Ditarik
            Senin, 14 April 2025 10:00 WIB
            Sebanyak empat uang kertas rupiah ditarik dari peredaran. Hal ini tertuang dalam Surat Keputusan Direksi Bank Indonesia No. 24/105/KEP/DIR tanggal 31 Maret 1992.
            Bank Indonesia mengimbau masyarakat menukarkan uang tersebut di kantor pusat BI.
            """);
        Assert.Null(article.Caption);
        Assert.Equal(2, article.Blocks.Count);
    }

    // BBC News as copied with the screen reader's words: "Published" over the date, the picture's source and caption, the
    // byline over the writer's title and outlet, a picture in the body, and the topic links that close the page.
    private const string BbcPageWithImageWords = """
        Fed holds interest rates as inflation cools
        Published
        18 December 2024
        Share
        Image source, Getty Images
        Image caption, Jerome Powell said the Fed was in a good place
        By Natalie Sherman
        Business reporter, BBC News
        The US central bank has kept interest rates on hold, saying it wants more evidence that inflation is slowing.
        Image source, Reuters
        Image caption, Traders on the floor of the New York Stock Exchange
        "We're in a good place," Fed chairman Jerome Powell said.
        Related topics
        US economy
        Federal Reserve
        """;

    [Fact]
    public void ReadsABbcPageWithTheScreenReadersWordsForItsPictures()
    {
        var article = ArticleParser.Parse(BbcPageWithImageWords);
        Assert.Equal(["Natalie Sherman"], article.Authors);
        Assert.Equal("BBC News", article.Outlet);
        Assert.Equal("2024-12-18", article.Published?.ToIsoString());
        Assert.Equal("Jerome Powell said the Fed was in a good place", article.Caption?.Text.Value);
        Assert.Equal("Getty Images", article.Caption?.Credit?.Value);
        Assert.Null(article.Standfirst);
        Assert.Equal(["The US central bank", "\"We're in a good"], article.Blocks.Select(b => string.Join(' ', b.Text.Split(' ').Take(4))));
        Assert.Equal("Jerome Powell", Assert.Single(article.Quotes).Speaker?.Name);
    }

    [Fact]
    public void ReadsACreditAloneOverTheCaptionsLine()
    {
        var article = ArticleParser.Parse(BbcPage.Replace("Business reporter, BBC News\n", "Business reporter, BBC News\nGetty Images\nJerome Powell said the Fed was in a good place\n"));
        Assert.Equal("Jerome Powell said the Fed was in a good place", article.Caption?.Text.Value);
        Assert.Equal("Getty Images", article.Caption?.Credit?.Value);
        Assert.StartsWith("The US central bank", article.Blocks[0].Text);
    }

    [Theory]
    [InlineData("By Reuters", "Reuters")]
    [InlineData("By The Associated Press", "AP")]
    [InlineData("By Agence France-Presse", "AFP")]
    [InlineData("By Staff Writer", null)]
    [InlineData("By Reuters Staff", "Reuters")]
    public void ABylineThatNamesOnlyTheOutletOrADeskNamesNoWriter(string byline, string? outlet)
    {
        var article = ArticleParser.Parse($"""
            Fed holds interest rates steady again
            {byline}
            December 10, 2025
            Federal Reserve officials left interest rates unchanged on Wednesday, saying inflation remained elevated.
            """);
        Assert.Empty(article.Authors);
        Assert.Equal(outlet, article.Outlet);
    }

    [Theory]
    [InlineData("By Jeanna Smialek Reporting from Washington", "Jeanna Smialek")]
    [InlineData("Analysis by Philip Bump", "Philip Bump")]
    [InlineData("Opinion by Jennifer Rubin", "Jennifer Rubin")]
    [InlineData("By Jane Doe, Business Reporter", "Jane Doe")]
    public void ReadsTheWriterOfAKindOfPieceOrWithWhereTheyFiledFromOrTheirTitle(string byline, string writer)
    {
        var article = ArticleParser.Parse($"""
            Fed holds interest rates steady again
            {byline}
            December 10, 2025
            Federal Reserve officials left interest rates unchanged on Wednesday, saying inflation remained elevated.
            """);
        Assert.Equal([writer], article.Authors);
        Assert.StartsWith("Federal Reserve officials", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void AnEditorsLabelEndingInAColonOverANameGivesNoWriter()
    {
        var article = ArticleParser.Parse("""
            Sri Mulyani Sebut Defisit Aman
            Reporter:
            Ilona Estherina
            Editor:
            Agoeng Wijaya Satrio
            Senin, 1 Desember 2025 14:30 WIB
            TEMPO.CO, Jakarta - Menteri Keuangan Sri Mulyani menyatakan defisit APBN 2025 masih dalam batas aman dan terkendali.
            """);
        Assert.Equal(["Ilona Estherina"], article.Authors);
    }

    [Fact]
    public void AnOutletsNameOverABylineIsNoCaptionCredit()
    {
        var article = ArticleParser.Parse("""
            Oil rises on supply fears
            Reuters
            By Jane Doe and John Roe
            January 15, 2024
            Oil prices rose on Monday as attacks on shipping in the Red Sea raised supply concerns for traders.
            """);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Null(article.Caption);
    }

    [Fact]
    public void AShortHeadlineUnderASectionIsNoBreadcrumb()
    {
        var article = ArticleParser.Parse("""
            Politics
            Biden Wins Iowa
            The president took the state by a wide margin in a night of surprises
            By Jane Doe
            January 15, 2024
            President Biden won the Iowa caucuses on Monday night, taking a commanding lead in the race for the nomination.
            """);
        Assert.Equal("Politics", article.Section?.Value);
        Assert.Equal("Biden Wins Iowa", article.Headline?.Value);
        Assert.StartsWith("The president took the state", article.Standfirst?.Value);
    }

    [Fact]
    public void ReadsAReutersSummaryAsTheStandfirstAndItsLabelAsNoWriter()
    {
        var article = ArticleParser.Parse("""
            Oil rises 1% as Red Sea attacks stoke supply worries
            By Florence Tan
            January 15, 2024 8:05 AM GMT+7 Updated 2 hours ago
            Summary
            Brent, WTI up about 1%
            Houthi attacks disrupt shipping routes
            Libya's Sharara oilfield remains shut
            SINGAPORE, Jan 15 (Reuters) - Oil prices rose about 1% on Monday as attacks on shipping in the Red Sea raised supply concerns.
            "The market is pricing in a bigger risk premium," said Tony Sycamore, a market analyst at IG in Sydney.
            """);
        Assert.Equal(["Florence Tan"], article.Authors);
        Assert.StartsWith("Brent, WTI up about 1%", article.Standfirst?.Value);
        Assert.EndsWith("Libya's Sharara oilfield remains shut", article.Standfirst?.Value);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("Oil prices rose about 1%", article.Blocks[0].Text);
        Assert.Equal("Reuters", article.Outlet);
    }

    [Fact]
    public void ReadsAReutersCaptionWhoseCreditHasAFilePhotoNoteAndALinkNote()
    {
        var article = ArticleParser.Parse("""
            Energy
            Oil prices rise as Middle East tensions mount
            By Florence Tan and Arathy Somasekhar
            January 15, 2024 8:05 AM GMT+7 Updated 2 hours ago
            An oil tanker is seen at the port of Fujairah, United Arab Emirates, January 4, 2024. REUTERS/Amr Alfiky/File Photo Purchase Licensing Rights, opens new tab
            SINGAPORE, Jan 15 (Reuters) - Oil prices rose on Monday as attacks on shipping in the Red Sea raised supply concerns.
            "The market is pricing in a bigger risk premium," said Tony Sycamore, a market analyst at IG in Sydney.
            """);
        Assert.Equal("An oil tanker is seen at the port of Fujairah, United Arab Emirates, January 4, 2024.", article.Caption?.Text.Value);
        Assert.Equal("REUTERS/Amr Alfiky/File Photo", article.Caption?.Credit?.Value);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal("SINGAPORE", article.Dateline?.Place?.Value);
        Assert.StartsWith("Oil prices rose on Monday", article.Blocks[0].Text);
    }

    [Fact]
    public void ReadsTheWriterUnderALabelOnALineOfItsOwnAndNotTheEditor()
    {
        var article = ArticleParser.Parse("""
            Ekonomi
            Sri Mulyani Sebut Defisit APBN 2025 Masih Aman
            Reporter
            Ilona Estherina
            Editor
            Agoeng Wijaya Satrio
            Senin, 1 Desember 2025 14:30 WIB

            TEMPO.CO, Jakarta - Menteri Keuangan Sri Mulyani Indrawati menyatakan defisit APBN 2025 masih dalam batas aman.

            "Defisit kita masih di bawah 3 persen," kata Sri Mulyani dalam konferensi pers di Jakarta.
            """);
        Assert.Equal(["Ilona Estherina"], article.Authors);
        Assert.Equal("Ekonomi", article.Section?.Value);
        Assert.Equal("Sri Mulyani Sebut Defisit APBN 2025 Masih Aman", article.Headline?.Value);
        Assert.Equal("Tempo.co", article.Outlet);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("Menteri Keuangan Sri Mulyani", article.Blocks[0].Text);
    }

    [Theory]
    [InlineData("WASHINGTON/DETROIT, March 3 (Reuters) -", "WASHINGTON/DETROIT", "Reuters")]
    [InlineData("SAO PAULO/BRASILIA, March 3 (Reuters) -", "SAO PAULO/BRASILIA", "Reuters")]
    [InlineData("KYIV, Ukraine (AP) \u2014", "KYIV, Ukraine", "AP")]
    [InlineData("MILLBROOK, Kan. (AP) \u2014", "MILLBROOK, Kan.", "AP")]
    public void ReadsAWireDatelineOfTwoPlacesOrAPlaceAndItsCountry(string dateline, string place, string outlet)
    {
        var article = ArticleParser.Parse($"""
            Automaker weighs plant closure as demand slows

            {dateline} General Motors is considering closing a plant in Michigan, people familiar with the matter said.

            "Everything is on the table," one of the sources said.
            """);
        Assert.Equal(place, article.Dateline?.Place?.Value);
        Assert.Equal(outlet, article.Outlet);
        Assert.StartsWith("General Motors is considering", article.Blocks[0].Text);
    }

    [Fact]
    public void ReadsKompasWritersDownTheLinesAndTheOutletBeforeTheDate()
    {
        var article = ArticleParser.Parse("""
            Money
            Menkeu Purbaya: Ekonomi RI Tumbuh 5,2 Persen di Kuartal III
            Kompas.com - 01/12/2025, 14:30 WIB
            Isna Rifka Sri Rahayu,
            Erlangga Djumena
            Tim Redaksi
            Lihat Foto
            Menteri Keuangan Purbaya Yudhi Sadewa saat konferensi pers di Jakarta, Senin (1/12/2025).(KOMPAS.com/ISNA RIFKA SRI RAHAYU)

            JAKARTA, KOMPAS.com - Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa menyebutkan ekonomi Indonesia tumbuh 5,2 persen.

            "Pertumbuhan ini ditopang konsumsi rumah tangga," kata Purbaya di Jakarta, Senin (1/12/2025).

            Dengarkan berita terkini dari Kompas.com di Google News.
            """);
        Assert.Equal(["Isna Rifka Sri Rahayu"], article.Authors);
        Assert.Equal("Kompas.com", article.Outlet);
        Assert.Equal("2025-12-01T14:30:00+07:00", article.Published?.ToIsoString());
        Assert.Equal("KOMPAS.com/ISNA RIFKA SRI RAHAYU", article.Caption?.Credit?.Value);
        Assert.Equal("JAKARTA", article.Dateline?.Place?.Value);
        Assert.Equal(2, article.Blocks.Count);
        Assert.StartsWith("Dengarkan berita terkini", Assert.Single(article.Trailer).Text);
    }

    [Fact]
    public void ReadsTheOutletBeforeADateAfterACommaAndADatelineUnderLinesTheHeaderDidNotRead()
    {
        var article = ArticleParser.Parse("""
            Money
            Menkeu Purbaya: Ekonomi RI Tumbuh 5,2 Persen di Kuartal III
            Kompas.com, 1 Desember 2025, 14:30 WIB
            Penulis Isna Rifka Sri Rahayu | Editor Erlangga Djumena
            Ringkasan berita
            Menkeu menyebut ekonomi tumbuh 5,2 persen.
            Konsumsi rumah tangga jadi penopang utama.
            JAKARTA, KOMPAS.com - Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa menyebutkan ekonomi Indonesia tumbuh 5,2 persen.
            "Pertumbuhan ini ditopang konsumsi rumah tangga," kata Purbaya di Jakarta, Senin (1/12/2025).
            """);
        Assert.Equal("Kompas.com", article.Outlet);
        Assert.Equal("2025-12-01T14:30:00+07:00", article.Published?.ToIsoString());
        Assert.Equal(["Isna Rifka Sri Rahayu"], article.Authors);
        Assert.Equal("JAKARTA", article.Dateline?.Place?.Value);
        Assert.Contains(article.Blocks, b => b.Text.StartsWith("Menteri Keuangan (Menkeu) Purbaya", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsEveryKompasWriterBeforeTheEditor()
    {
        var article = ArticleParser.Parse("""
            Menkeu Purbaya: Ekonomi RI Tumbuh 5,2 Persen di Kuartal III
            Kompas.com - 01/12/2025, 14:30 WIB
            Isna Rifka Sri Rahayu,
            Aprillia Ika,
            Yohana Artha Uly,
            Erlangga Djumena
            Tim Redaksi

            JAKARTA, KOMPAS.com - Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa menyebutkan ekonomi Indonesia tumbuh 5,2 persen.
            """);
        Assert.Equal(["Isna Rifka Sri Rahayu", "Aprillia Ika", "Yohana Artha Uly"], article.Authors);
        Assert.Null(article.Standfirst);
        Assert.Empty(article.Warnings);
        Assert.StartsWith("Menteri Keuangan (Menkeu)", Assert.Single(article.Blocks).Text);
    }

    [Theory]
    [InlineData("December 10, 20257:04 PM GMT+7Updated 2 hours ago", "2025-12-10T19:04:00+07:00")]
    [InlineData("August 13, 202511:05 AM GMT+7", "2025-08-13T11:05:00+07:00")]
    public void ReadsAReutersDateGluedToItsTime(string dateLine, string published)
    {
        var article = ArticleParser.Parse($"Fed holds rates steady, signals patience on cuts\nBy Howard Schneider and Ann Saphir\n{dateLine}\n\nWASHINGTON, Dec 10 (Reuters) - The Federal Reserve held interest rates steady on Wednesday, and said more.\n");
        Assert.Equal(published, article.Published?.ToIsoString());
        Assert.Equal("Reuters", article.Outlet);
    }

    [Fact]
    public void ANameOverAWritersTitleWithoutAnOutletIsTheByline()
    {
        // BBC News prints "Tomasz Wierzbicki" over "Cost of living correspondent" as often as with ", BBC News" after it.
        var article = ArticleParser.Parse("Fed holds interest rates as inflation cools\nNatalie Sherman\nBusiness reporter\n\nThe US central bank has kept interest rates on hold, saying it wants more evidence that inflation is slowing.\n");
        Assert.Equal(["Natalie Sherman"], article.Authors);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void ANameOverATitleThatIsNoWritersIsNoByline()
    {
        var article = ArticleParser.Parse("Fed holds interest rates as inflation cools\nNatalie Sherman\nChief executive\n\nThe US central bank has kept interest rates on hold, saying it wants more evidence that inflation is slowing.\n");
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void ReadsTheSectionPrintedUnderTheHeadline()
    {
        var article = ArticleParser.Parse("""
            Sinar Nusantara Logistik Bidik Dana IPO Rp 480 Miliar untuk Tambah Armada
            Investasi
            Reporter: Rizki Amelia Nasution | Editor: Handoyo
            Kamis, 12 Juni 2025 / 14:35 WIB

            KONTAN.CO.ID - JAKARTA. Calon emiten jasa logistik PT Sinar Nusantara Logistik Tbk berencana menawarkan 1,2 miliar saham baru.

            "Sekitar 60% dana IPO akan kami pakai untuk menambah truk," kata Benny kepada Kontan.co.id.
            """);
        Assert.Equal("Investasi", article.Section?.Value);
        Assert.Equal("Sinar Nusantara Logistik Bidik Dana IPO Rp 480 Miliar untuk Tambah Armada", article.Headline?.Value);
        Assert.Null(article.Standfirst);
        Assert.Equal(["Rizki Amelia Nasution"], article.Authors);
        Assert.Equal("Kontan.co.id", article.Outlet);
    }

    [Fact]
    public void ReadsASectionOverAHeadlineOfTwoSentences()
    {
        var article = ArticleParser.Parse("""
            D.C.

            A go-go landmark in Southeast D.C. could close. Musicians are fighting to save it.

            The Crosstown Lounge has hosted go-go bands nearly every week since 1996. Its landlord wants to build apartments.

            By Kiana Stroud-Mbatha and Oliver Petrakis

            Updated October 3, 2025 at 8:15 p.m. EDT

            Listen

            7 min

            The club's regulars say the bass has rolled out of the lounge on Good Hope Road SE for almost 30 years.
            """);
        Assert.Equal("D.C.", article.Section?.Value);
        Assert.Equal("A go-go landmark in Southeast D.C. could close. Musicians are fighting to save it.", article.Headline?.Value);
        Assert.Equal(["Kiana Stroud-Mbatha", "Oliver Petrakis"], article.Authors);
        Assert.Equal(new DateTimeOffset(2025, 10, 3, 20, 15, 0, TimeSpan.FromHours(-4)), article.Updated?.Value);
        Assert.StartsWith("The club's regulars", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void LeavesOutTheSiteMenuCopiedAboveTheArticle()
    {
        var article = ArticleParser.Parse("""
            Skip to content
            British Broadcasting Corporation
            Home
            News
            Sport
            Weather

            Scotland

            Storm Halden: Tens of thousands without power as 90mph gusts hit Scotland

            Published
            23 January 2025, 07:12 GMT

            More than 70,000 homes are without power and rail services across much of Scotland have been suspended.
            """);
        Assert.Equal("Scotland", article.Section?.Value);
        Assert.Equal("Storm Halden: Tens of thousands without power as 90mph gusts hit Scotland", article.Headline?.Value);
        Assert.Equal(new DateTimeOffset(2025, 1, 23, 7, 12, 0, TimeSpan.Zero), article.Published?.Value);
        Assert.StartsWith("More than 70,000 homes", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void NamesTheOutletTheLeadPictureWasTakenFor()
    {
        var article = ArticleParser.Parse("""
            Courts & Law

            Georgia Supreme Court strikes down law letting state board remove county election officials

            By Tamsin Okereke-Wolfe

            November 21, 2025 at 4:05 p.m. EST

            The Georgia Supreme Court building in Atlanta. (Dustin Chambers-Yates for The Washington Post)

            The Georgia Supreme Court on Friday struck down a state law that let the State Election Board remove county officials.
            """);
        Assert.Equal("Courts & Law", article.Section?.Value);
        Assert.Equal("The Georgia Supreme Court building in Atlanta.", article.Caption?.Text.Value);
        Assert.Equal("Dustin Chambers-Yates for The Washington Post", article.Caption?.Credit?.Value);
        Assert.Equal("The Washington Post", article.Outlet);
        Assert.Equal(["Tamsin Okereke-Wolfe"], article.Authors);
    }

    [Theory]
    [InlineData("By Kamran Siddiqui, BBC News, Yorkshire", "Kamran Siddiqui", "BBC News")]
    [InlineData("Hugo Bachelard\nReporting from Kharkiv", "Hugo Bachelard", null)]
    [InlineData("Rami Haddad in Jerusalem and Lucy Ashcombe in London\nBBC News", "Rami Haddad|Lucy Ashcombe", "BBC News")]
    [InlineData("By Ciarán Ó Maolalaí\nBBC News NI political correspondent", "Ciarán Ó Maolalaí", "BBC News NI")]
    [InlineData("Gwenllian Prys-Davies\nBBC Wales", "Gwenllian Prys-Davies", "BBC Wales")]
    public void ReadsTheWaysBbcNewsSignsItsWriters(string byline, string authors, string? outlet)
    {
        var article = ArticleParser.Parse($"""
            Wales

            Villages could lose only bus link as council cuts subsidies

            Published
            3 February 2026
            Share
            Save

            {byline}

            Hundreds of people in rural west Wales could be left without a bus service after the council voted to cut subsidies.
            """);
        Assert.Equal(authors.Split('|'), article.Authors);
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal("Villages could lose only bus link as council cuts subsidies", article.Headline?.Value);
        Assert.StartsWith("Hundreds of people", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void ReadsTheCreditOnTheLineUnderTheCaptionAndTheByAndDateLinesAfterIt()
    {
        var article = ArticleParser.Parse("""
            U.S.

            Judge Blocks Plan to Hold Asylum Seekers at Former Army Site in Texas

            A federal judge said the Department of Homeland Security had likely skipped required environmental reviews.

            Rosalinda Treviño de la Garza, a member of the group that sued, on her ranch near Del Rio, Texas, which borders the proposed detention site.
            Credit...Christopher Lee Dávila for The New York Times

            By Elena Castañeda-Roth and Marcus Whitfield

            Reporting from Austin, Texas

            Published June 3, 2025, 4:15 p.m. ET

            A federal judge in Texas on Tuesday blocked the Department of Homeland Security from housing asylum seekers at a shuttered Army Reserve center.
            """);
        Assert.Equal("U.S.", article.Section?.Value);
        Assert.Equal("Christopher Lee Dávila for The New York Times", article.Caption?.Credit?.Value);
        Assert.Equal(["Elena Castañeda-Roth", "Marcus Whitfield"], article.Authors);
        Assert.Equal("The New York Times", article.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 16, 15, 0, TimeSpan.FromHours(-4)), article.Published?.Value);
        Assert.StartsWith("A federal judge in Texas", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void SingleWordsJoinedByAnAmpersandBesideTheDateAreASectionNotWriters()
    {
        var article = ArticleParser.Parse("""
            Drug-resistant infections could kill 1.5 million a year by 2030 without action, WHO warns

            Healthcare & Pharmaceuticals

            November 18, 2025 1:15 PM GMT+1

            GENEVA, Nov 18 (Reuters) - Infections caused by drug-resistant bacteria could kill 1.5 million people a year by 2030, the World Health Organization said.
            """);
        Assert.Empty(article.Authors);
        Assert.Equal("Healthcare & Pharmaceuticals", article.Section?.Value);
        Assert.Equal("Reuters", article.Outlet);
    }

    [Fact]
    public void ReadsTheWriterAfterALongStandfirst()
    {
        var article = ArticleParser.Parse("""
            Mantan Kadis Kesehatan Manggarai Barat Divonis 7 Tahun Penjara
            Majelis hakim menilai terdakwa terbukti menggelembungkan harga alat kesehatan dan menerima imbalan dari rekanan. Adik terdakwa yang menjadi kontraktor proyek divonis 5 tahun penjara.
            Oleh YOHANES SEO BHOKAR
            16 Juli 2025 19:20 WIB

            KUPANG, KOMPAS — Pengadilan Tindak Pidana Korupsi Kupang menjatuhkan vonis 7 tahun penjara kepada mantan Kepala Dinas Kesehatan Kabupaten Manggarai Barat.
            """);
        Assert.Equal(["YOHANES SEO BHOKAR"], article.Authors);
        Assert.StartsWith("Majelis hakim menilai", article.Standfirst?.Value);
        Assert.Equal(new DateTimeOffset(2025, 7, 16, 19, 20, 0, TimeSpan.FromHours(7)), article.Published?.Value);
    }

    [Theory]
    [InlineData("Pedagang cabai di Pasar Induk Kramat Jati, Jakarta Timur. (Foto: Nadya Rahmawati Putri/detikcom)",
        "Pedagang cabai di Pasar Induk Kramat Jati, Jakarta Timur.", "Nadya Rahmawati Putri/detikcom")]
    [InlineData("Suasana rapat kerja Komisi II DPR RI di Kompleks Parlemen, Senayan, Jakarta, Selasa (10/6/2025). KOMPAS.com/FADHILAH RIZKI AMALIA",
        "Suasana rapat kerja Komisi II DPR RI di Kompleks Parlemen, Senayan, Jakarta, Selasa (10/6/2025).", "KOMPAS.com/FADHILAH RIZKI AMALIA")]
    [InlineData("Aparat gabungan menertibkan lokasi penambangan emas tanpa izin di Kabupaten Sintang, 16 Juli 2025. Dok. Polda Kalbar",
        "Aparat gabungan menertibkan lokasi penambangan emas tanpa izin di Kabupaten Sintang, 16 Juli 2025.", "Dok. Polda Kalbar")]
    [InlineData("Smoke rises over El Obeid, Sudan, in this screen grab taken from a social media video released October 26, 2025. Social Media/via REUTERS",
        "Smoke rises over El Obeid, Sudan, in this screen grab taken from a social media video released October 26, 2025.", "Social Media/via REUTERS")]
    public void ReadsTheCreditsPrintedAfterACaption(string line, string text, string credit)
    {
        var article = ArticleParser.Parse($"""
            Harga Cabai Rawit Tembus Rp 100 Ribu/Kg, Pedagang Mengeluh
            Nadya Rahmawati Putri - detikFinance
            Senin, 06 Jan 2025 14:12 WIB
            {line}

            Jakarta - Harga cabai rawit merah di sejumlah pasar tradisional di Jakarta melonjak hingga menembus Rp 100.000 per kilogram.
            """);
        Assert.Equal(text, article.Caption?.Text.Value);
        Assert.Equal(credit, article.Caption?.Credit?.Value);
    }

    [Fact]
    public void APictureWithNoCaptionOverTheFirstParagraphHasNone()
    {
        var article = ArticleParser.Parse("""
            Energy bills to rise again in October, says Ofgem

            Published
            27 May 2025
            Share
            Save

            Tomasz Wierzbicki
            Cost of living correspondent

            Image source, Getty Images

            Household energy bills in England, Scotland and Wales will rise by 4% from October, the energy regulator Ofgem has announced.

            The change to the price cap means a typical household will pay £1,797 a year.
            """);
        Assert.Null(article.Caption);
        Assert.StartsWith("Household energy bills", article.Blocks[0].Text);
    }

    [Fact]
    public void KeepsBbcNewsHeadingsAndLinksApart()
    {
        var article = ArticleParser.Parse("""
            UN says aid convoy turned back at Gaza crossing

            A UN aid convoy carrying fuel and medical supplies was turned back at a crossing into southern Gaza on Monday.

            Hospitals 'days from collapse'

            Doctors in Khan Younis say the main hospital there has enough fuel for three more days.

            Baca: Rupiah Loyo, Dolar AS Tembus Rp 16.600

            The agency said it would try again on Tuesday.

            [email protected]

            More on this story
            Live: Gaza latest
            Gaza: What is the Kerem Shalom crossing?

            Related topics
            Gaza
            """);
        Assert.Equal(["Hospitals 'days from collapse'"], article.Blocks.Where(b => b.Kind == NewsReader.Model.BlockKind.Subheading).Select(b => b.Text));
        Assert.Equal(["Rupiah Loyo, Dolar AS Tembus Rp 16.600", "Gaza latest"], article.Related.Select(r => r.Value));
        Assert.EndsWith("try again on Tuesday.", article.Blocks[^1].Text);
    }

    [Fact]
    public void AHeadlineOfTwoSentencesUnderALabelMayCloseItsFirstOnAnAmount()
    {
        var article = ArticleParser.Parse("""
            U.S.
            A Lighthouse in Lake Erie Sold for $385,000. The Village That Wanted It Is Heartbroken.
            A software developer outbid a volunteer preservation society for the Marsh Point Light, an 1887 tower offshore.
            By Helena Brzezinski-Holt
            Aug. 20, 2026, 6:00 a.m. ET
            For 14 years, the Marsh Point Lighthouse Society held bake sales and raffled quilts to save the light.
            """);
        Assert.Equal("U.S.", article.Section?.Value);
        Assert.Equal("A Lighthouse in Lake Erie Sold for $385,000. The Village That Wanted It Is Heartbroken.", article.Headline?.Value);
        Assert.Equal(["Helena Brzezinski-Holt"], article.Authors);
    }

    [Fact]
    public void ShortHeaderLinesOverAWritersLabelAreNoSiteMenu()
    {
        var article = ArticleParser.Parse("""
            Ekonomi
            Defisit Tetap Aman
            Reporter
            Ilona Estherina
            Editor
            Agoeng Wijaya Satrio
            Senin, 1 Desember 2025 14:30 WIB

            TEMPO.CO, Jakarta - Menteri Keuangan menyatakan defisit APBN 2025 masih dalam batas aman.
            """);
        Assert.Equal("Ekonomi", article.Section?.Value);
        Assert.Equal("Defisit Tetap Aman", article.Headline?.Value);
        Assert.Equal(["Ilona Estherina"], article.Authors);
    }

    [Fact]
    public void AShortHeadlineOverTheOutletIsNoWriter()
    {
        var article = ArticleParser.Parse("""
            Ekonomi
            Harga Emas Antam Naik
            CNN Indonesia
            Jumat, 20 Jun 2025 10:15 WIB

            Jakarta, CNN Indonesia -- Harga emas batangan PT Aneka Tambang Tbk naik Rp 12 ribu per gram pada perdagangan Jumat.
            """);
        Assert.Equal("Harga Emas Antam Naik", article.Headline?.Value);
        Assert.Empty(article.Authors);
        Assert.Equal("CNN Indonesia", article.Outlet);
    }

    [Fact]
    public void AnAgencysPhotographerNamesNoOutletOfTheArticle()
    {
        var article = ArticleParser.Parse("""
            Flood defences breached in Somerset as rivers rise

            Jane Smith

            Mon 20 Jan 2025 14.30 GMT

            Floodwater covers fields near Burrowbridge on Monday. (Peter Nicholls/Reuters)

            Flood defences along the River Parrett were breached overnight, the Environment Agency said.
            """);
        Assert.NotEqual("Reuters", article.Outlet);
    }

    [Fact]
    public void AHeadlineOfThreeWordsOverAStandfirstOfTwoSentencesStaysTheHeadline()
    {
        var article = ArticleParser.Parse("""
            Harga Emas Turun
            Harga emas Antam turun hari ini. Investor menunggu data inflasi.
            Penulis: Budi Santoso
            Senin, 1 Desember 2025 14:30 WIB

            Harga emas batangan PT Aneka Tambang Tbk turun Rp 5.000 per gram pada perdagangan Senin pagi ini di Jakarta.
            """);
        Assert.Equal("Harga Emas Turun", article.Headline?.Value);
        Assert.Null(article.Section);
    }

    [Fact]
    public void BbcAndTwoCapitalisedWordsAreNoOutletUnlessTheyAreOne()
    {
        Assert.Null(ArticleParser.Parse("BBC Chief Resigns\nMonday 20 January 2025\n\nThe director general of the BBC has resigned after a row over a documentary.\n").Outlet);
    }

    [Fact]
    public void ReadsTheHeaderUnderTheSitesMastheadAndSlogan()
    {
        var article = ArticleParser.Parse("""
            The Washington Post
            Democracy Dies in Darkness
            Politics
            House passes ban on stock trading by lawmakers, setting up Senate fight
            The bipartisan measure, which cleared the House 341-79, would require members and their spouses to sell individual stocks or put them in a blind trust.
            By Rachel Okonkwo and Daniel Heffernan
            January 27, 2026 at 7:12 p.m. EST
            Listen
            5 min

            The House voted overwhelmingly Tuesday to bar members of Congress and their spouses from owning or trading individual stocks.
            """);
        Assert.Equal("Politics", article.Section?.Value);
        Assert.Equal("House passes ban on stock trading by lawmakers, setting up Senate fight", article.Headline?.Value);
        Assert.Equal(["Rachel Okonkwo", "Daniel Heffernan"], article.Authors);
        Assert.Equal("The Washington Post", article.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 1, 27, 19, 12, 0, TimeSpan.FromHours(-5)), article.Published?.Value);
        Assert.StartsWith("The House voted", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void ReadsCnbcIndonesiasChannelBeforeTheWriter()
    {
        var article = ArticleParser.Parse("""
            Tech
            Data 6 Juta Pengguna Aplikasi Pinjol Diduga Bocor, OJK Panggil Perusahaan
            Tech - Rafi Saputra, CNBC Indonesia
            16 March 2026 19:48

            Jakarta, CNBC Indonesia - Otoritas Jasa Keuangan (OJK) memanggil manajemen PT Dana Kilat Nusantara terkait dugaan kebocoran data.
            """);
        Assert.Equal(["Rafi Saputra"], article.Authors);
        Assert.Equal("CNBC Indonesia", article.Outlet);
        Assert.Equal("Tech", article.Section?.Value);
    }

    [Fact]
    public void AStandfirstAsLongAsAParagraphStaysInTheHeaderOverALabelledWriter()
    {
        var article = ArticleParser.Parse("""
            Hukum
            KPK Tahan Bupati Nonaktif Sungai Rawa dalam Kasus Suap Proyek Irigasi
            Rudi Sahputra diduga menerima fee 10 hingga 15 persen dari nilai kontrak proyek irigasi tahun anggaran 2023-2024.
            Reporter: Mutia Rahmawati
            Editor: Sapto Nugroho
            Kamis, 5 Maret 2026 | 21.47 WIB

            TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan Bupati nonaktif Sungai Rawa, Rudi Sahputra.
            """);
        Assert.Equal(["Mutia Rahmawati"], article.Authors);
        Assert.Equal("Tempo.co", article.Outlet);
        Assert.StartsWith("Rudi Sahputra diduga", article.Standfirst?.Value);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 21, 47, 0, TimeSpan.FromHours(7)), article.Published?.Value);
    }

    // The New York Times's page as a browser copies it: the sections' menu, the masthead and the page's date over the section
    // label, then the controls ("Advertisement", "SKIP ADVERTISEMENT", "Supported by") between the label and the headline,
    // and the byline and date after the standfirst and the player's line.
    [Fact]
    public void ReadsANewYorkTimesPageUnderItsMenuAndControls()
    {
        var article = ArticleParser.Parse("""
            Skip to contentSkip to site index
            Search & Section Navigation
            Section Navigation
            SEARCH
            U.S.
            Politics
            New York
            California
            Education
            Health
            The New York Times
            Log in
            Thursday, April 9, 2026
            Today’s Paper
            Politics
            Advertisement
            SKIP ADVERTISEMENT
            Supported by
            SKIP ADVERTISEMENT
            Arizona Lawmakers Pass Sweeping Water Bill After Late-Night Deal With Governor
            The measure ties new housing construction to proven long-term water supplies, a first for a fast-growing Western state facing deep cuts.
            Share full article
            Listen to this article · 5:12 min Learn more
            By Marcus Delgado
            Reporting from Phoenix
            April 8, 2026, 9:12 p.m. ET
            Arizona lawmakers early Thursday approved the most significant overhaul of the state’s water laws in four decades.
            """);
        Assert.Equal("Politics", article.Section?.Value);
        Assert.Equal("Arizona Lawmakers Pass Sweeping Water Bill After Late-Night Deal With Governor", article.Headline?.Value);
        Assert.Equal(["Marcus Delgado"], article.Authors);
        Assert.Equal("The New York Times", article.Outlet);
        // The article's own date, not the page's ("Thursday, April 9, 2026" under the masthead).
        Assert.Equal(new DateTimeOffset(2026, 4, 8, 21, 12, 0, TimeSpan.FromHours(-4)), article.Published?.Value);
        Assert.Null(article.Updated);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("Arizona lawmakers early Thursday", article.Blocks[0].Text);
    }

    [Fact]
    public void KeepsTheWindowForTheHeaderPastThePageControls()
    {
        var article = ArticleParser.Parse("""
            Skip to contentSkip to site index
            The New York Times
            Asia Pacific
            Today’s Paper
            Advertisement
            SKIP ADVERTISEMENT
            Supported by
            SKIP ADVERTISEMENT
            Thousands Rally in Bangkok as Thailand’s New Leader Faces His First Test
            Protesters angered by a proposed amnesty bill filled the streets around Government House in the largest demonstration in years.
            Share full article
            Listen to this article · 6:41 min Learn more
            Protesters near Government House in Bangkok on Tuesday.Credit...Chayanit Boonmee for The New York Times
            By Daniel Morrell and Pimchanok Sae-Lim
            Reporting from Bangkok
            Feb. 3, 2026
            Tens of thousands of protesters marched through central Bangkok on Tuesday, blowing whistles and waving signs.
            """);
        Assert.Equal("Asia Pacific", article.Section?.Value);
        Assert.Equal("Thousands Rally in Bangkok as Thailand’s New Leader Faces His First Test", article.Headline?.Value);
        Assert.Equal(["Daniel Morrell", "Pimchanok Sae-Lim"], article.Authors);
        Assert.Equal("2026-02-03", article.Published?.ToIsoString());
        Assert.Equal("Chayanit Boonmee for The New York Times", article.Captions[0].Credit?.Value);
    }

    // Tempo: "Reporter" and "Editor" each on a line of their own over the names, under a standfirst as long as a paragraph.
    [Fact]
    public void AStandfirstStaysInTheHeaderOverAReporterLabelOnItsOwnLine()
    {
        var article = ArticleParser.Parse("""
            Politik
            Pemerintah Usulkan Ambang Batas Parlemen Turun Jadi 3 Persen dalam Revisi UU Partai Politik
            Pemerintah menilai ambang batas 4 persen membuat jutaan suara pemilih tidak terkonversi menjadi kursi di DPR.
            Reporter
            Hammam Izzuddin
            Editor
            Agung Sedayu
            Rabu, 14 Januari 2026 10:15 WIB
            Wakil Menteri Dalam Negeri Kurnia Adiwijaya seusai rapat kerja di kompleks parlemen, Senayan, Jakarta, 13 Januari 2026. TEMPO/Rizki Darmawan
            TEMPO.CO, Jakarta - Pemerintah mengusulkan ambang batas parlemen diturunkan dari 4 persen menjadi 3 persen.
            """);
        Assert.Equal(["Hammam Izzuddin"], article.Authors);
        Assert.Equal("Tempo.co", article.Outlet);
        Assert.Equal("Pemerintah menilai ambang batas 4 persen membuat jutaan suara pemilih tidak terkonversi menjadi kursi di DPR.", article.Standfirst?.Value);
        Assert.Equal("TEMPO/Rizki Darmawan", article.Captions[0].Credit?.Value);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
    }

    // Reuters: "Updated 2 hours ago" under the date, the gallery's count before the caption, and "Companies" between "Summary"
    // and its points; the outlet from the dateline.
    [Fact]
    public void ReadsAReutersPageWithItsGalleryCountAndSummary()
    {
        var article = ArticleParser.Parse("""
            Markets
            Indonesia's central bank holds rate steady as rupiah slides to record low
            By Stefanus Hadinata and Rina Kusumadewi
            January 21, 2026 3:42 PM GMT+7
            Updated 2 hours ago

            [1/2] A money changer employee counts U.S. dollar banknotes in Jakarta, Indonesia, January 12, 2026. REUTERS/Dimas Prakoso/File Photo Purchase Licensing Rights, opens new tab
            Summary
            Companies
            BI keeps 7-day reverse repo rate at 5.25%, as expected
            Room to ease later in year once currency stabilises
            JAKARTA, Jan 21 (Reuters) - Indonesia's central bank kept its benchmark interest rate unchanged for a third straight meeting on Wednesday.
            """);
        Assert.Equal("Markets", article.Section?.Value);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal("BI keeps 7-day reverse repo rate at 5.25%, as expected\nRoom to ease later in year once currency stabilises", article.Standfirst?.Value);
        Assert.StartsWith("A money changer employee", article.Captions[0].Text.Value);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("Indonesia's central bank kept", article.Blocks[0].Text);
    }

    // A site's menu run straight into the section over the headline, after its log-in buttons (Reuters, Kontan, Kompas.com):
    // the last label is the section.
    [Theory]
    [InlineData("My News", "Sign In", "Register")]
    [InlineData("Lifestyle", "Energi", "Masuk")]
    [InlineData("Kesehatan", "Internasional", "Login")]
    public void TheLabelAfterTheMenusControlsIsTheSection(string third, string second, string last)
    {
        var article = ArticleParser.Parse($"""
            World
            Business
            Markets
            Technology
            {third}
            {second}
            {last}
            Industri
            Pabrik Tekstil di Bandung Tutup, 2.300 Pekerja Terkena PHK
            Reporter: Siti Nurjanah | Editor: Putri Anggraeni
            Senin, 23 Maret 2026 / 11:05 WIB
            KONTAN.CO.ID - BANDUNG. Produsen tekstil PT Sinar Priangan Textile resmi menghentikan operasional pabriknya.
            """);
        Assert.Equal("Industri", article.Section?.Value);
        Assert.Equal("Pabrik Tekstil di Bandung Tutup, 2.300 Pekerja Terkena PHK", article.Headline?.Value);
    }

    // The Washington Post prints the update over the publication: the publication is still the date the article carries.
    [Fact]
    public void ThePublicationUnderTheUpdateIsThePublishedDate()
    {
        var article = ArticleParser.Parse("""
            The Washington Post
            Democracy Dies in Darkness
            Climate & Environment
            A May heat wave is breaking records in Texas and Mexico. Forecasters say it’s just the start.
            By Nora Castellanos
            Updated May 19, 2026 at 4:15 p.m. EDT
            |
            Published May 19, 2026 at 6:00 a.m. EDT
            Temperatures topped 110 degrees in parts of South Texas on Monday, and a dome of high pressure is expected to linger.
            """);
        Assert.Equal(new DateTimeOffset(2026, 5, 19, 6, 0, 0, TimeSpan.FromHours(-4)), article.Published?.Value);
        Assert.Equal(new DateTimeOffset(2026, 5, 19, 16, 15, 0, TimeSpan.FromHours(-4)), article.Updated?.Value);
    }

    [Theory]
    // BBC News: the writer's name over the outlet and where they file from.
    [InlineData("Aisyah Rahmani\nBBC News, Jakarta", "Aisyah Rahmani", "BBC News")]
    // CNN Indonesia: the writer, a bar and the outlet; its team is no writer.
    [InlineData("Dinda Aulia Ramadhani | CNN Indonesia", "Dinda Aulia Ramadhani", "CNN Indonesia")]
    [InlineData("Tim | CNN Indonesia", null, "CNN Indonesia")]
    public void ReadsTheWriterAndOutletAsTheOutletsPrintThem(string byline, string? writer, string outlet)
    {
        var article = ArticleParser.Parse($"""
            Indonesia floods: Dozens dead as torrential rain swamps West Sumatra
            14 January 2026
            {byline}

            At least 47 people have died and dozens more are missing after days of torrential rain across West Sumatra province.
            """);
        Assert.Equal(writer is null ? Array.Empty<string>() : new[] { writer }, article.Authors);
        Assert.Equal(outlet, article.Outlet);
    }

    // Kompas.com: the audio player ("Dengarkan berita ini:" over "00:00") and "Lihat Foto" between the date and the caption,
    // "Penulis" and "| Editor" under it, and "Tag" over the tags that close the page.
    [Fact]
    public void ReadsAKompasPagePastItsPlayerAndLeavesItsTagsOut()
    {
        var article = ArticleParser.Parse("""
            Nasional
            KPU Usulkan Pilkada Serentak 2029 Digelar Dua Tahap, Ini Alasannya
            Kompas.com - 14/01/2026, 10:15 WIB
            Dengarkan berita ini:
            00:00
            Lihat Foto
            Ketua KPU RI Ahmad Fauzan Hakim saat ditemui di Kantor KPU RI, Jakarta Pusat, Selasa (13/1/2026).(KOMPAS.com/FIKRI RAMADHAN SYAHPUTRA)
            Penulis Fikri Ramadhan Syahputra
            | Editor Bagus Santosa
            JAKARTA, KOMPAS.com - Komisi Pemilihan Umum (KPU) RI mengusulkan agar pilkada serentak nasional pada 2029 dibagi menjadi dua tahap.
            Tag
            Kendal
            pilkada serentak
            """);
        Assert.Equal(["Fikri Ramadhan Syahputra"], article.Authors);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("Komisi Pemilihan Umum", Assert.Single(article.Blocks).Text);
    }

    // A menu whose last label repeats one of its own right over the headline (CNBC Indonesia "Market", Kontan "INVESTASI"):
    // that label is the section.
    [Theory]
    [InlineData("Market")]
    [InlineData("MARKET")]
    public void AMenuLabelPrintedAgainOverTheHeadlineIsTheSection(string again)
    {
        var article = ArticleParser.Parse($"""
            CNBC Indonesia
            Market
            News
            Research
            Tech
            Syariah
            {again}
            Rupiah Tembus Rp16.950/US$, BI Pastikan Terus Ada di Pasar
            Chandra Wibisana, CNBC Indonesia
            20 January 2026 14:05
            Jakarta, CNBC Indonesia - Nilai tukar rupiah kembali melemah terhadap dolar Amerika Serikat pada perdagangan hari ini.
            """);
        Assert.Equal(again, article.Section?.Value);
        Assert.Equal("Rupiah Tembus Rp16.950/US$, BI Pastikan Terus Ada di Pasar", article.Headline?.Value);
        Assert.Equal(["Chandra Wibisana"], article.Authors);
    }

    // The New York Times's page copied without its masthead: the section at the top, the page's date, the section again or
    // the headline, then the article's own date further down.
    [Theory]
    [InlineData("Asia Pacific\nTuesday, February 3, 2026\nAsia Pacific")]
    [InlineData("Asia Pacific\nTuesday, February 3, 2026")]
    public void ThePagesDateUnderTheSectionIsNotTheArticles(string top)
    {
        var article = ArticleParser.Parse($"""
            Skip to content
            Skip to site index
            {top}
            Today’s Paper
            Advertisement
            SKIP ADVERTISEMENT
            On an Indonesian Volcano, Lava Tours Draw Crowds and Alarm Officials
            Night trips to the slopes of Mount Semeru have become a booming business, and disaster officials are worried.
            Share full article
            Tourists watched lava flowing down the flank of Mount Semeru in East Java on Sunday.Credit...Joko Santiadi for The New York Times
            By Sarah Lindqvist
            Reporting from Lumajang, Indonesia
            Feb. 2, 2026, 5:00 a.m. ET
            Just after midnight, a convoy of open-top jeeps rattles up a dry riverbed on the southern slope of Mount Semeru.
            """);
        Assert.Equal("Asia Pacific", article.Section?.Value);
        Assert.Equal("On an Indonesian Volcano, Lava Tours Draw Crowds and Alarm Officials", article.Headline?.Value);
        Assert.Equal(["Sarah Lindqvist"], article.Authors);
        Assert.Equal("The New York Times", article.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 2, 2, 5, 0, 0, TimeSpan.FromHours(-5)), article.Published?.Value);
    }

    // The Washington Post's update and publication on one line, the update first.
    [Fact]
    public void ReadsTheUpdateAndThePublicationOnOneLine()
    {
        const string line = "Updated April 23, 2026 at 11:38 a.m. EDT|Published April 23, 2026 at 5:00 a.m. EDT";
        Assert.True(PublishedDateParser.TryParse(line, new SourceLine(0, line, new NewsReader.Model.TextSpan(0, line.Length)), out var result));
        Assert.Equal(new DateTimeOffset(2026, 4, 23, 5, 0, 0, TimeSpan.FromHours(-4)), result.Published?.Value);
        Assert.Equal(new DateTimeOffset(2026, 4, 23, 11, 38, 0, TimeSpan.FromHours(-4)), result.Updated?.Value);
    }

    // Tempo's "Ringkasan Berita" over its points, sentences each closed by a stop, up to the writer's credit.
    [Fact]
    public void ReadsTempoSummaryPointsAsTheStandfirst()
    {
        var article = ArticleParser.Parse("""
            Hukum
            KPK Periksa Kepala Dinas Kesehatan dalam Kasus Pengadaan Alat Kesehatan
            Ringkasan Berita
            KPK memeriksa Kepala Dinas Kesehatan sebagai saksi kasus pengadaan alat kesehatan.
            Tiga orang dicegah bepergian ke luar negeri.
            Reporter: Dewi Anggraeni
            Editor: Laksmi Pramesti Wulan
            Selasa, 24 Februari 2026 | 13.27 WIB
            Gedung Komisi Pemberantasan Korupsi (KPK), Jakarta. TEMPO/Bagus Sasongko
            TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) memeriksa Kepala Dinas Kesehatan Kabupaten Tanah Merah sebagai saksi.
            """);
        Assert.Equal("KPK memeriksa Kepala Dinas Kesehatan sebagai saksi kasus pengadaan alat kesehatan.\nTiga orang dicegah bepergian ke luar negeri.", article.Standfirst?.Value);
        Assert.Equal(["Dewi Anggraeni"], article.Authors);
        Assert.Equal("Tempo.co", article.Outlet);
        Assert.Equal("TEMPO/Bagus Sasongko", article.Captions[0].Credit?.Value);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
    }

    // The New York Times's "Guest Essay" under "Opinion", and a menu that ends on Reuters's "More": labels that are no section.
    [Theory]
    [InlineData("Opinion\nGuest Essay", "Opinion")]
    [InlineData("World\nBusiness\nMarkets\nLegal\nTechnology\nMore\nEnergy", "Energy")]
    public void TheSectionIsReadPastTheLabelsThatAreNoSection(string top, string section)
    {
        var article = ArticleParser.Parse($"""
            {top}
            Fire shuts crude unit at Indonesian refinery in Balikpapan, no casualties
            By Reuters
            March 4, 2026 9:18 PM GMT+7
            BALIKPAPAN, Indonesia, March 4 (Reuters) - A fire shut a crude distillation unit at a refinery in Balikpapan on Wednesday.
            """);
        Assert.Equal(section, article.Section?.Value);
        Assert.Equal("Fire shuts crude unit at Indonesian refinery in Balikpapan, no casualties", article.Headline?.Value);
    }

    // What the review of the session's header rules found: a heading that is also a page control's word stays in the body;
    // a short header over its date is no menu; the page's date goes only when the article dates itself further down.
    [Fact]
    public void AHeadingThatIsAlsoAControlsWordStaysInTheBody()
    {
        var article = ArticleParser.Parse("""
            Markets rally as rate fears ease
            By Jane Doe
            20 November 2025

            Shares rose across Asia on Friday as investors bet that interest rates had peaked.

            Companies

            Carmakers led the gains, with Toyota up 3% after it raised its profit forecast.
            """);
        Assert.Contains(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading && b.Text == "Companies");
    }

    [Fact]
    public void AShortHeaderOverItsDateIsNoMenu()
    {
        var article = ArticleParser.Parse("""
            Sport
            Football
            Rangers Sack Clement
            John Smith
            20 November 2025
            Rangers have sacked manager Philippe Clement after a run of poor results left them far behind Celtic in the league.
            """);
        Assert.Equal(["John Smith"], article.Authors);
        Assert.Equal("2025-11-20", article.Published?.ToIsoString());
    }

    [Fact]
    public void ThePagesDateStaysWhenNoOtherDateFollows()
    {
        var article = ArticleParser.Parse("""
            Politics
            20 November 2025
            Ministers Approve Budget Rules After Late Talks
            By Jane Doe
            Updated 21 November 2025
            Ministers approved the new budget rules on Thursday after talks that ran late into the night in the capital.
            """);
        Assert.Equal("2025-11-20", article.Published?.ToIsoString());
    }
    // Layouts from the fourth blind set (pages copied with their chrome): glued controls, a writer two lines down after
    // "and", a credit line under Kompas.com's caption, a zone glued to "Updated", a menu label with a number, a detik channel
    // over three labels.
    [Fact]
    public void ControlsRunTogetherOnOneLineAreControls()
    {
        var article = ArticleParser.Parse("""
            Skip to contentSkip to site indexSearch & Section Navigation
            Section Navigation
            Politics
            Subscribe for $1/weekLog in
            Senate Republicans Split Over Farm Aid as Growers Reel From Tariffs
            Read in app
            By Nathan Greer
            Nov. 18, 2025, 7:12 p.m. ET
            A growing rift among Senate Republicans over a proposed aid package for farmers burst into the open on Tuesday.
            """);
        Assert.Equal("Senate Republicans Split Over Farm Aid as Growers Reel From Tariffs", article.Headline?.Value);
        Assert.Equal(["Nathan Greer"], article.Authors);
        Assert.DoesNotContain(article.Blocks, b => b.Text is "Read in app" or "Subscribe for $1/weekLog in");
    }

    [Fact]
    public void TheNewYorkTimessRelatedContentLabelBetweenParagraphsIsNoSubheading()
    {
        var article = ArticleParser.Parse("""
            A Typewriter Shop Closes After 62 Years
            By Dana Whitcombe
            May 4, 2033
            For 62 years, the shop on Third Avenue fixed the machines that most of New York had thrown away.

            “He fixed my father’s Underwood in 1985 and my Olympia last year,” said a customer who stopped by on Tuesday.

            Related Content
            The property’s new owner said in a statement that it had offered the shop a lease at market rate.
            """);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.DoesNotContain(article.Blocks, b => b.Text == "Related Content");
        Assert.Contains(article.Blocks, b => b.Text.StartsWith("The property’s new owner", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondWriterTwoLinesDownAfterAndIsAWriter()
    {
        var article = ArticleParser.Parse("""
            Democracy Dies in Darkness
            Health
            Measles outbreak in West Texas county grows to 120 cases, most in unvaccinated children
            By Meredith Kaplan
            and
            Luis Echevarría
            November 21, 2025 at 6:00 a.m. EST
            A nurse prepares a dose of the vaccine at a pop-up clinic in Lamesa, Texas, on Wednesday. (Tomás Herrera/for The Washington Post)
            LAMESA, Tex. — A measles outbreak in a rural West Texas county has grown to 120 confirmed cases, state health officials said Thursday.

            Story continues below advertisement
            Nearly all of the cases are in children and teenagers who had not been vaccinated.
            """);
        Assert.Equal(["Meredith Kaplan", "Luis Echevarría"], article.Authors);
        Assert.Equal("The Washington Post", article.Outlet);
        Assert.DoesNotContain(article.Blocks, b => b.Text == "Story continues below advertisement");
    }

    [Fact]
    public void AnOutletsCreditUnderKompasCaptionIsTheCredit()
    {
        var article = ArticleParser.Parse("""
            Nasional
            MK Tolak Gugatan Ambang Batas Parlemen 4 Persen, Pemohon Kecewa
            Kompas.com - 16/12/2025, 15:42 WIB
            Lihat Foto
            Suasana sidang pembacaan putusan uji materi di Gedung Mahkamah Konstitusi, Jakarta, Selasa (16/12/2025).
            KOMPAS.com/YOHANES ARI WIBOWO
            Penulis Yohanes Ari Wibowo
            |
            Editor Dani Prabowo
            JAKARTA, KOMPAS.com - Mahkamah Konstitusi (MK) menolak permohonan uji materi terhadap ketentuan ambang batas parlemen 4 persen.

            Permohonan itu diajukan oleh partai politik nonparlemen.

            Simak breaking news dan berita pilihan kami langsung di ponselmu.
            Tag
            Mahkamah Konstitusi
            ambang batas parlemen
            Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.
            """);
        Assert.Equal("KOMPAS.com/YOHANES ARI WIBOWO", article.Caption?.Credit?.Value);
        Assert.Equal(["Yohanes Ari Wibowo"], article.Authors);
        Assert.DoesNotContain(article.Blocks, b => b.Text == "Mahkamah Konstitusi");
    }

    [Fact]
    public void AZoneGluedToUpdatedStillDatesTheArticle()
    {
        var article = ArticleParser.Parse("""
            Deals
            Thailand's Siam Harvest in talks to buy stake in Vietnam's Mekong Dairy, sources say
            By Kanokwan Rattanakul and Le Thi Hoa
            January 27, 20265:05 AM GMTUpdated January 27, 2026
            BANGKOK, Jan 27 (Reuters) - Thai food conglomerate Siam Harvest Group is in advanced talks to buy a stake in Mekong Dairy.
            """);
        Assert.Equal("2026-01-27T05:05:00+00:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void AMenuLabelWithANumberIsStillTheMenus()
    {
        var article = ArticleParser.Parse("""
            Home
            News
            Sport
            Weather
            Football
            Cricket
            Formula 1
            Rugby U
            Tennis
            Northbridge Town sack Kerrigan after seven straight defeats
            Published
            1 December 2025
            Image source, Getty Images
            Image caption, Stevie Kerrigan was appointed Northbridge Town manager in May 2024
            Dan Whitcombe
            BBC Sport
            League Two side Northbridge Town have sacked manager Stevie Kerrigan after a run of seven successive defeats.
            """);
        Assert.Equal("Northbridge Town sack Kerrigan after seven straight defeats", article.Headline?.Value);
        Assert.Equal(["Dan Whitcombe"], article.Authors);
        Assert.Equal("BBC Sport", article.Outlet);
    }

    [Fact]
    public void ADetikChannelOverThreeLabelsIsTheMenu()
    {
        var article = ArticleParser.Parse("""
            detikJatim
            Berita
            Hukum & Kriminal
            Berita
            Bos Travel Umrah di Sidoarjo Tipu 40 Calon Jemaah, Kerugian Rp 1,2 M
            Fauzan Kurniawan Adi, Rina Oktaviani - detikJatim
            Kamis, 22 Jan 2026 14:30 WIB
            Sidoarjo - Polresta Sidoarjo menangkap MZ (41), pemilik biro perjalanan, atas dugaan penipuan terhadap 40 calon jemaah umrah.
            """);
        Assert.Equal("Berita", article.Section?.Value);
        Assert.Equal("Bos Travel Umrah di Sidoarjo Tipu 40 Calon Jemaah, Kerugian Rp 1,2 M", article.Headline?.Value);
    }
    // Layouts from the fifth blind set: the page's title and address over The New York Times's header, a two-sentence headline
    // that ends in a stop, the site's footer, a copyright naming the outlet, a detik channel's team.
    [Fact]
    public void ThePagesTitleAndAddressAreNoHeader()
    {
        var article = ArticleParser.Parse("""
            Skip to contentSkip to site indexSearch & Section Navigation
            Section Navigation
            Search
            Asia Pacific
            Log in
            Wednesday, November 18, 2026
            Today’s Paper
            Asia Pacific|Indonesia’s Free School Lunches Were Meant to Fight Hunger. Now Children Are Getting Sick.
            https://www.nytimes.com/2026/11/18/world/asia/indonesia-free-school-meals.html
            Share full article
            Indonesia’s Free School Lunches Were Meant to Fight Hunger. Now Children Are Getting Sick.
            Thousands of students have been treated for food poisoning this year, raising questions about a signature program.
            Students at an elementary school in Bogor eating lunches provided under the program last month.Credit...Adek Prasetyo for The New York Times
            By Rebecca Haldane and Ayu Kartika Sari
            Reporting from Bogor and Jakarta, Indonesia
            Nov. 18, 2026, 12:01 a.m. ET
            The children started vomiting about an hour after lunch.
            """);
        Assert.Equal("Asia Pacific", article.Section?.Value);
        Assert.Equal("Indonesia’s Free School Lunches Were Meant to Fight Hunger. Now Children Are Getting Sick.", article.Headline?.Value);
        Assert.Equal(["Rebecca Haldane", "Ayu Kartika Sari"], article.Authors);
        Assert.Equal("2026-11-18T00:01:00-05:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void TheSitesFooterAndItsCopyrightCloseThePage()
    {
        var article = ArticleParser.Parse("""
            Technology
            F.T.C. Sues PantryPal, Saying Grocery App Hid Fees From Millions of Customers
            By Daniel Okonkwo-Reyes
            Oct. 29, 2026
            The Federal Trade Commission sued the grocery delivery app PantryPal on Thursday.

            The company said it would fight the case.

            Home
            News
            Sport
            BBC in other languages
            Follow BBC on:
            Terms of Use
            Privacy Policy
            Cookies
            Contact technical support
            © 2026 The New York Times Company
            """);
        Assert.Equal("The New York Times", article.Outlet);
        Assert.Equal("The company said it would fight the case.", article.Blocks[^1].Text);
    }

    [Fact]
    public void ADetikChannelsTeamNamesNoWriter()
    {
        var article = ArticleParser.Parse("""
            Berita
            Banjir Rob Rendam 5 Kelurahan di Pekalongan, Ribuan Warga Mengungsi
            Tim detikJateng - detikJateng
            Sabtu, 14 Nov 2026 16:05 WIB
            Pekalongan - Banjir rob merendam lima kelurahan di Kota Pekalongan sejak Jumat malam.
            """);
        Assert.Empty(article.Authors);
        Assert.Equal("detikJateng", article.Outlet);
    }
    // Layouts from the sixth blind set: a copyright that names the outlet with a domain's dots, under a dateline that names it
    // already; footers holding headlines, Reuters's delay notice and a copyright inside a line; "More from …" over its links.
    [Fact]
    public void TheDatelinesOutletOutranksTheCopyrights()
    {
        var article = ArticleParser.Parse("""
            Investasi
            Laba Bank Sentosa Nusantara Naik 12% pada Kuartal I-2026
            Reporter: Dina Mirayanti | Editor: Herlina Kartika
            Selasa, 28 April 2026 / 14:20 WIB
            KONTAN.CO.ID - JAKARTA. PT Bank Sentosa Nusantara Tbk (BSNT) mencatatkan laba bersih Rp 4,86 triliun pada kuartal I-2026.

            Penyaluran kredit perseroan tumbuh 11,8%.

            Terpopuler
            Rekomendasi Saham Bank Jelang Pembagian Dividen
            Bunga Deposito Bank Besar Per Mei 2026
            KONTAN
            Tentang Kami
            Redaksi
            Kontak
            Pedoman Media Siber
            © 2026 KONTAN.CO.ID. All Rights Reserved.
            """);
        Assert.Equal("Kontan.co.id", article.Outlet);
        Assert.Equal("Penyaluran kredit perseroan tumbuh 11,8%.", article.Blocks[^1].Text);
    }

    [Fact]
    public void MoreFromASectionOverItsLinksClosesThePage()
    {
        var article = ArticleParser.Parse("""
            Climate & Environment
            As Colorado River cuts deepen, Arizona farmers fallow fields and wonder what comes next
            By Rosalind Achebe-Marsh
            Photos by Tomás Villaseñor-Pike
            Published May 20, 2026 at 6:00 a.m. EDT
            CASA GRANDE, Ariz. — For three generations, the Barrientos family has grown cotton on 1,400 acres of desert here.

            This spring, for the first time, the canal is empty.

            More from Climate & Environment
            The Great Salt Lake is shrinking again. Utah’s lawmakers have a new plan.
            Record heat is forecast for the Southwest this week. Here’s what to know.
            Company
            Contact Us
            Terms of Use
            Privacy Policy
            Ad Choices
            washingtonpost.com © 1996-2026 The Washington Post
            """);
        Assert.Equal(["Rosalind Achebe-Marsh"], article.Authors);
        Assert.Equal("This spring, for the first time, the canal is empty.", article.Blocks[^1].Text);
    }
    // Guards from the review of the session's rules: a list that closes an article stays in the body however short its lines,
    // and a web address in the body stays.
    [Fact]
    public void AListThatClosesTheArticleIsNoFooter()
    {
        var article = ArticleParser.Parse("""
            Full list of winners at the 2026 National Book Awards

            By Jane Doe

            The National Book Foundation announced its winners on Wednesday night in New York.

            The winners are:

            Fiction: The Long Road by Maria Lopez

            Nonfiction: A House Divided by Tom Becker

            Poetry: Salt and Light by Ana Reyes

            Translated Literature: Night Trains by Ken Ito

            Young People's Literature: The Map by Sara Obi

            © 2026 Reuters
            """);
        Assert.Equal("Young People's Literature: The Map by Sara Obi", article.Blocks[^1].Text);
    }

    [Fact]
    public void AWebAddressInTheBodyStays()
    {
        var article = ArticleParser.Parse("""
            How to apply for the new student grant

            By Jane Doe

            The government opened applications for the grant on Monday, officials said.

            Applicants must register online at the ministry's portal:

            https://grants.example.gov/apply

            The deadline is March 31, the ministry said.
            """);
        Assert.Contains(article.Blocks, b => b.Text == "https://grants.example.gov/apply");
    }

    [Fact]
    public void ThePageDateUnderTheSiteNameOverTheMenuIsNoMenuEnd()
    {
        var article = ArticleParser.Parse("""
            CNN Indonesia
            Minggu, 23 Nov 2025 21:05 WIB
            Olahraga
            Sepak Bola
            Liga Indonesia
            Liga Inggris
            Moto GP
            Olahraga
            Van Dijkstra Puji Mental Persebaya Usai Tekuk Persija
            CNN Indonesia
            Minggu, 23 Nov 2025 21:05 WIB
            Bagikan :
            Jakarta, CNN Indonesia --

            Pelatih Persebaya Surabaya Rutger van Dijkstra memuji mental anak asuhnya yang bangkit dari ketertinggalan.

            "Babak pertama kami terlalu lambat," kata Van Dijkstra dalam konferensi pers usai laga.
            """);
        Assert.Equal("Van Dijkstra Puji Mental Persebaya Usai Tekuk Persija", article.Headline?.Value);
        Assert.Equal("Olahraga", article.Section?.Value);
        Assert.Equal("CNN Indonesia", article.Outlet);
        Assert.Empty(article.Authors);
        Assert.Equal("Rutger van Dijkstra", article.Quotes[0].Speaker?.Name);
    }

    [Fact]
    public void KompasLinksToTheNextAndRelatedArticlesCloseThePage()
    {
        var article = ArticleParser.Parse("""
            Klitih di Jalan Kaliurang, Polisi Tangkap 4 Remaja Penganiaya Pelajar SMK
            Kompas.com - 21/05/2025, 19:03 WIB

            SLEMAN, KOMPAS.com - Polresta Sleman menangkap empat remaja yang diduga menganiaya seorang pelajar SMK.

            Perlu pendekatan sekolah

            "Kami tetap mengedepankan hak-hak anak, tetapi proses hukum tetap berjalan," ucap Kapolresta Sleman Danang Wicaksono.

            Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.
            Baca berikutnya
            Polresta Yogyakarta Gelar Patroli Malam di 12 Titik Rawan
            Komentar
            Berita Terkait
            Orangtua Korban Klitih di Sleman: Anak Saya Hanya Mau Pulang
            Sultan HB X Minta Sekolah Ikut Awasi Siswa yang Keluar Malam
            """);
        Assert.Equal(["Perlu pendekatan sekolah"], article.Blocks.Where(b => b.Kind == NewsReader.Model.BlockKind.Subheading).Select(b => b.Text));
        Assert.StartsWith("\"Kami tetap", article.Blocks[^1].Text);
    }

    [Fact]
    public void TheNewYorkTimesMastheadBetweenItsSectionAndHeadlineNamesTheOutlet()
    {
        var article = ArticleParser.Parse("""
            Skip to contentSkip to site indexSearch & Section Navigation
            Search
            Politics
            Subscribe for $1/week
            Log in
            Monday, October 20, 2025
            Today’s Paper
            The New York Times
            Advertisement
            SKIP ADVERTISEMENT
            Supported by
            SKIP ADVERTISEMENT
            Moderate Democrats Break Ranks as Shutdown Enters Third Week
            A small group of senators is quietly drafting an offer to reopen the government.
            Share full article
            By Marcus Oyelaran and Elena Vasquez-Hart
            Published Oct. 20, 2025

            A group of at least six Senate Democrats has begun drafting a proposal to reopen the federal government.
            """);
        Assert.Equal("Moderate Democrats Break Ranks as Shutdown Enters Third Week", article.Headline?.Value);
        Assert.Equal("Politics", article.Section?.Value);
        Assert.Equal("The New York Times", article.Outlet);
        Assert.Equal(["Marcus Oyelaran", "Elena Vasquez-Hart"], article.Authors);
        Assert.NotNull(article.Published);
    }

    [Fact]
    public void TheSiteNameAloneOverTheSectionIsTheMasthead()
    {
        var article = ArticleParser.Parse("""
            Kompas.com
            Regional
            Klitih di Jalan Kaliurang, Polisi Tangkap 4 Remaja Penganiaya Pelajar SMK
            Kompas.com - 21/05/2025, 19:03 WIB
            Penulis Kontributor Yogyakarta, Bagus Priyo Nugroho

            SLEMAN, KOMPAS.com - Polresta Sleman menangkap empat remaja yang diduga menganiaya seorang pelajar SMK.
            """);
        Assert.Equal("Regional", article.Section?.Value);
        Assert.Equal("Klitih di Jalan Kaliurang, Polisi Tangkap 4 Remaja Penganiaya Pelajar SMK", article.Headline?.Value);
        Assert.Equal("Kompas.com", article.Outlet);
    }

    [Fact]
    public void ReutersGalleryCountOpeningACaptionIsNoPartOfIt()
    {
        var article = ArticleParser.Parse("""
            Indonesia's central bank surprises with rate cut
            By Jane Doe
            October 20, 2025 4:38 PM GMT+7
            Item 1 of 2 A man walks past the Bank Indonesia headquarters in Jakarta, Indonesia, June 2, 2025. REUTERS/Rahmat Suryadi/File Photo Purchase Licensing Rights, opens new tab

            JAKARTA, Oct 20 (Reuters) - Indonesia's central bank unexpectedly cut its benchmark rate on Monday.
            """);
        Assert.Equal("A man walks past the Bank Indonesia headquarters in Jakarta, Indonesia, June 2, 2025.", article.Caption?.Text.Value);
    }

    [Fact]
    public void BbcImageCaptionLabelOnItsOwnLineIsNoCaptionText()
    {
        var article = ArticleParser.Parse("""
            Cornish folk singer wins High Court fight over brewery advert
            Published
            14 May 2024
            Image source, PA Media
            Image caption,
            Morwenna Trevithick outside the High Court in London on Tuesday
            By Ellis Warrender

            A Cornish folk singer has won a copyright case against a brewery that used a melody she wrote.
            """);
        Assert.Equal("Morwenna Trevithick outside the High Court in London on Tuesday", article.Caption?.Text.Value);
        Assert.Equal("PA Media", article.Caption?.Credit?.Value);
    }

    [Fact]
    public void ACommentCountAndShareButtonsInTheHeaderAreNoText()
    {
        var article = ArticleParser.Parse("""
            WNI Korban Penipuan Daring Dipulangkan dari Kamboja
            CNN Indonesia
            Kamis, 09 Okt 2025 20:05 WIB
            Bagikan :
            Facebook
            Twitter
            WhatsApp
            Share full article
            312

            Jakarta, CNN Indonesia -- Sebanyak 120 WNI korban penipuan daring tiba di Bandara Soekarno-Hatta.
            """);
        Assert.Empty(article.Authors);
        Assert.StartsWith("Sebanyak 120 WNI", article.Blocks[0].Text);
    }

    [Fact]
    public void PopularLinksAndReutersFooterCloseThePage()
    {
        var article = ArticleParser.Parse("""
            Philippines accuses China of ramming supply boat
            By Jane Doe
            October 20, 2025 4:38 PM GMT+8

            MANILA, Oct 20 (Reuters) - The Philippines accused China's coast guard of ramming a supply boat on Monday.

            Reporting by Hidayah Rahman; Editing by Simon Ashworth
            Read Next
            World
            Myanmar junta extends state of emergency ahead of planned vote
            Reuters, the news and media division of Thomson Reuters, is the world’s largest multimedia news provider.
            All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
            © 2025 Reuters. All rights reserved
            """);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("The Philippines accused", article.Blocks[^1].Text);
    }
    [Fact]
    public void WashingtonPostSubsectionListeningTimeAndSecondWriterOnItsOwnLine()
    {
        var article = ArticleParser.Parse("""
            Local
            Maryland
            Ransomware attack leaves Maryland county unable to issue permits
            County officials say they will not pay the hackers. Nearly two weeks in, residents are feeling the strain.
            Listen
            6 min
            Share
            Comment
            Save
            Residents wait outside the county permits office on Monday. (Tomiwa Bankole/The Washington Post)
            By Hiroshi Tanaka-Reed
            and Colleen Brennan
            Updated January 13, 2026 at 4:12 p.m. EST|Published January 13, 2026 at 7:30 a.m. EST
            Nearly two weeks after a ransomware attack crippled its computer systems, a Southern Maryland county is still unable to issue building permits.
            """);
        Assert.Equal("Maryland", article.Section?.Value);
        Assert.Equal("Ransomware attack leaves Maryland county unable to issue permits", article.Headline?.Value);
        Assert.Equal(["Hiroshi Tanaka-Reed", "Colleen Brennan"], article.Authors);
        Assert.Equal("2026-01-13T07:30:00-05:00", article.Published?.ToIsoString());
        Assert.Equal("Tomiwa Bankole/The Washington Post", article.Caption?.Credit?.Value);
    }

    [Fact]
    public void WashingtonPostTwoSentenceHeadlineUnderASectionAndItsSubsection()
    {
        var article = ArticleParser.Parse("""
            Democracy Dies in Darkness
            Sections
            Subscribe
            Sign in
            Local
            Maryland
            In Easton, the tide now floods the harbor on sunny days. Shop owners are running out of patience.
            High-tide flooding at the harbor has become routine. A long-delayed sea wall won't be finished until 2028.
            By Marguerite Okafor-Lindqvist
            June 18, 2026 at 6:00 a.m. EDT
            Gift Article
            Share
            EASTON — There was not a cloud in the sky on Thursday morning when the water started coming up through the storm drains.
            """);
        Assert.Equal("Maryland", article.Section?.Value);
        Assert.Equal("In Easton, the tide now floods the harbor on sunny days. Shop owners are running out of patience.", article.Headline?.Value);
        Assert.Equal(["Marguerite Okafor-Lindqvist"], article.Authors);
        Assert.StartsWith("There was not a cloud", article.Blocks[0].Text);
    }

    [Fact]
    public void KompasIdLabelOverTheWriterInCapitalsAndReadingTimeBesideTheDate()
    {
        var article = ArticleParser.Parse("""
            Kesehatan
            Stok Insulin Kosong di Apotek Kupang, Pasien Diabetes Berburu hingga ke Luar Kota
            Kelangkaan insulin dan obat penyakit kronis terjadi di Kupang sejak November. Distribusi yang tersendat dan perubahan pengadaan obat di puskesmas membuat pasien harus mencari sendiri ke luar kota.
            Oleh
            FRANSISKUS XAVERIUS LELO BATAONA
            16 Desember 2025 15:20 WIB · 5 menit baca
            Seorang apoteker memeriksa rak obat yang kosong di sebuah apotek di Kota Kupang, Senin (15/12/2025).
            KOMPAS/FRANSISKUS XAVERIUS LELO BATAONA
            KUPANG, KOMPAS — Stok insulin di sejumlah apotek dan puskesmas di Kota Kupang kosong sejak pertengahan November.
            """);
        Assert.Equal("Kesehatan", article.Section?.Value);
        Assert.Equal(["FRANSISKUS XAVERIUS LELO BATAONA"], article.Authors);
        Assert.Equal("2025-12-16T15:20:00+07:00", article.Published?.ToIsoString());
        Assert.Equal("KOMPAS/FRANSISKUS XAVERIUS LELO BATAONA", article.Caption?.Credit?.Value);
    }

    [Fact]
    public void KompasComPhotographersCreditOverTheCaption()
    {
        var article = ArticleParser.Parse("""
            Penumpang Keluhkan Bus Listrik Transjakarta Sering Mogok
            Kompas.com - 14/11/2025, 07:45 WIB
            Penulis Rizki Amalia Putri | Editor Ratna Sari Dewi
            KOMPAS.com/RIZKI AMALIA PUTRI
            Penumpang menunggu bus listrik Transjakarta di Halte Pulogadung, Jakarta Timur, Kamis (13/11/2025).
            JAKARTA, KOMPAS.com - Sejumlah penumpang mengeluhkan bus listrik Transjakarta yang kerap mogok di tengah perjalanan.
            """);
        Assert.Equal("Penumpang menunggu bus listrik Transjakarta di Halte Pulogadung, Jakarta Timur, Kamis (13/11/2025).", article.Caption?.Text.Value);
        Assert.Equal("KOMPAS.com/RIZKI AMALIA PUTRI", article.Caption?.Credit?.Value);
        Assert.StartsWith("Sejumlah penumpang", article.Blocks[0].Text);
    }
    [Fact]
    public void BbcRegionAfterTheSiteMenuAnyCreditOverTheCaptionAndAVideoTitleInTheText()
    {
        var article = ArticleParser.Parse($"""
            {BbcSiteMenu}
            Highlands & Islands
            Twin Amur leopard cubs born at Highland wildlife park
            9 December 2025
            Share
            Save
            Morven Sinclair
            BBC News, Highlands and Islands
            Glenmorven Wildlife Park
            The cubs were filmed by a camera inside the leopards' den
            Two Amur leopard cubs have been born at a wildlife park near Inverness, in what keepers have called a rare success.

            Watch: First footage of the cubs inside the den

            Sasha has not been on show to visitors since the birth and the den area will stay closed until the new year.
            """);
        Assert.Equal("Highlands & Islands", article.Section?.Value);
        Assert.Equal("Twin Amur leopard cubs born at Highland wildlife park", article.Headline?.Value);
        Assert.Equal("BBC News", article.Outlet);
        Assert.Equal(["Morven Sinclair"], article.Authors);
        Assert.Equal("The cubs were filmed by a camera inside the leopards' den", article.Caption?.Text.Value);
        Assert.Equal("Glenmorven Wildlife Park", article.Caption?.Credit?.Value);
        Assert.StartsWith("Sasha has not been on show", article.Blocks[^1].Text);
    }

    [Fact]
    public void ReutersSectionAfterTheMenusLastItem()
    {
        var article = ArticleParser.Parse("""
            Skip to main content
            Reuters home
            World
            Business
            Markets
            Sustainability
            Legal
            Commentary
            Europe
            Norway, Faroe Islands fail to agree blue whiting quotas as stock warning grows
            By Ingrid Solheim-Berg and Magnus Ellefsen
            December 3, 2025 3:22 PM GMT+1Updated 3 hours ago
            OSLO, Dec 3 (Reuters) - Norway and the Faroe Islands failed on Wednesday to agree how to share next year's catch of blue whiting.
            """);
        Assert.Equal("Europe", article.Section?.Value);
        Assert.Equal("Norway, Faroe Islands fail to agree blue whiting quotas as stock warning grows", article.Headline?.Value);
    }

    [Fact]
    public void NytHeadlineOfTwoSentencesTheFirstClosingOnANumber()
    {
        var article = ArticleParser.Parse("""
            Skip to content
            Skip to site index
            Search & Section Navigation
            Section Navigation
            Sports
            She Started Running at 68. On Sunday, at 76, She Finished Her 12th Marathon.
            Loretta Szymanski was the oldest woman to complete this year's Philadelphia Marathon. She says she is not done.
            By Ruth Okonkwo-Baines
            Published Nov. 24, 2025
            When Loretta Szymanski crossed the finish line of the Philadelphia Marathon on Sunday, the clocks had long been packed away.
            """);
        Assert.Equal("Sports", article.Section?.Value);
        Assert.Equal("She Started Running at 68. On Sunday, at 76, She Finished Her 12th Marathon.", article.Headline?.Value);
    }

    [Fact]
    public void KompasComCreditGluedToTheCaptionsStop()
    {
        var article = ArticleParser.Parse("""
            Rekapitulasi Suara Pilkades di Kendal Ricuh, Dua Calon Saling Klaim Menang
            Kompas.com - 15/12/2025, 18:22 WIB
            Penulis Kontributor Kendal, Slamet Riyadi Wibowo
            Editor Hilmi Fadhlurrahman Arif
            Lihat Foto
            Warga memadati balai desa saat rekapitulasi suara di Desa Tunggulsari, Kendal, Senin (15/12/2025).KOMPAS.COM/SLAMET RIYADI WIBOWO
            KENDAL, KOMPAS.com - Rekapitulasi suara pemilihan kepala desa di Desa Tunggulsari sempat ricuh pada Senin (15/12/2025).
            """);
        Assert.Equal("Warga memadati balai desa saat rekapitulasi suara di Desa Tunggulsari, Kendal, Senin (15/12/2025).", article.Caption?.Text.Value);
        Assert.Equal("KOMPAS.COM/SLAMET RIYADI WIBOWO", article.Caption?.Credit?.Value);
    }
    [Fact]
    public void CnbcHomeOverTheSectionAndWashingtonPostLocalOverASectionWithAnAmpersand()
    {
        var cnbc = ArticleParser.Parse("""
            Home
            Market
            IPO Startup Logistik Kirimin Oversubscribed 27 Kali, Saham Langsung ARA
            Market - Tri Wulandari Gunawan, CNBC Indonesia
            21 Januari 2026 16:12
            Jakarta, CNBC Indonesia - Saham perusahaan rintisan logistik PT Kirimin Logistik Nusantara Tbk langsung menyentuh batas atas.
            """);
        Assert.Equal("Market", cnbc.Section?.Value);
        var post = ArticleParser.Parse("""
            Local
            Crime & Justice
            Jury convicts Prince George’s contractor of defrauding schools of $14 million
            Reginald T. Ashworth Jr. billed the school system for HVAC repairs that were never made, prosecutors said
            By Desmond A. Clarke
            February 26, 2026 at 6:15 p.m. EST
            A federal jury on Thursday convicted a Prince George’s County contractor of defrauding the county’s public schools.
            """);
        Assert.Equal("Crime & Justice", post.Section?.Value);
        Assert.Equal("Jury convicts Prince George’s contractor of defrauding schools of $14 million", post.Headline?.Value);
        Assert.Equal(["Desmond A. Clarke"], post.Authors);
    }

    [Fact]
    public void TheWashingtonPostsSectionRightAfterItsMenuEndsInSports()
    {
        var post = ArticleParser.Parse("""
            The Washington Post
            Democracy Dies in Darkness
            Sections
            Politics
            Opinions
            Style
            Investigations
            Climate
            Weather
            Wellbeing
            Business
            Tech
            World
            D.C., Md. & Va.
            Sports
            Virginia
            Millions of oysters died in the Rappahannock this summer. Farmers are still counting.
            A July heat wave and a flood of fresh water after heavy rain left oyster farms along the river with losses of up to 80 percent.
            By Priyanka Holloway-Reyes
            August 17, 2033 at 6:00 a.m. EDT
            URBANNA, Va. — Travis Lumpkin hauled a wire cage out of the Rappahannock River, set it on the deck of his skiff and shook it.
            """);
        Assert.Equal("Virginia", post.Section?.Value);
        Assert.Equal("Millions of oysters died in the Rappahannock this summer. Farmers are still counting.", post.Headline?.Value);
        Assert.Equal(["Priyanka Holloway-Reyes"], post.Authors);
        Assert.Equal("The Washington Post", post.Outlet);
    }

    [Fact]
    public void MenusWithRegionLabelsOfCommasAndAmpersands()
    {
        var post = ArticleParser.Parse("""
            The Washington Post
            Democracy Dies in Darkness
            Sections
            Politics
            Opinions
            Style
            Climate
            Business
            Tech
            D.C., Md. & Va.
            Sports
            Sign in
            Climate & Environment
            The Potomac is running at its lowest March level in decades. Farmers are worried.
            A dry winter has left streams, ponds and wells across the watershed far below normal just as planting season begins.
            By Nora Lindgren-Baptiste and Javier Ortiz de Zárate
            March 29, 2026 at 6:00 a.m. EDT
            POINT OF ROCKS, Md. — Dale Hostetler has farmed the bottomland along the Potomac for 41 years.
            """);
        Assert.Equal("Climate & Environment", post.Section?.Value);
        Assert.Equal("The Potomac is running at its lowest March level in decades. Farmers are worried.", post.Headline?.Value);
        Assert.Equal(["Nora Lindgren-Baptiste", "Javier Ortiz de Zárate"], post.Authors);
        var bbc = ArticleParser.Parse("""
            BBC News
            Home
            UK
            World
            Scotland
            Edinburgh, Fife & East
            Glasgow & West
            NE, Orkney & Shetland
            Scotland
            Secondary schools shut as teachers strike over workload
            17 March 2026
            Morag Ishbel Grant
            Education correspondent, BBC Scotland
            Image caption,
            Teachers on the picket line outside Craigmount High School in Edinburgh
            Most secondary schools across Scotland have closed to pupils as teachers take part in the first of three planned strikes.
            """);
        Assert.Equal("Scotland", bbc.Section?.Value);
        Assert.Equal("Secondary schools shut as teachers strike over workload", bbc.Headline?.Value);
        Assert.Equal(["Morag Ishbel Grant"], bbc.Authors);
        Assert.Equal("Teachers on the picket line outside Craigmount High School in Edinburgh", bbc.Caption?.Text.Value);
        Assert.Null(bbc.Caption?.Credit);
    }

    [Fact]
    public void BbcImageSourceAndCaptionLabelsOnLinesOfTheirOwn()
    {
        var article = ArticleParser.Parse("""
            Greenhollow festival cancelled two days before opening after site floods
            9 April 2026
            Tomos Llywelyn Rhys
            BBC News, Wales
            Image source,
            Greenhollow Festival
            Image caption,
            Organisers shared photos of standing water across the main arena on Tuesday
            A music festival in Powys has been cancelled two days before it was due to open after heavy rain left its site under water.
            """);
        Assert.Equal("Organisers shared photos of standing water across the main arena on Tuesday", article.Caption?.Text.Value);
        Assert.Equal("Greenhollow Festival", article.Caption?.Credit?.Value);
        Assert.StartsWith("A music festival in Powys", article.Blocks[0].Text);
    }

    [Fact]
    public void KontanMastheadOverARepeatedLabelAndReutersWritersWithParticles()
    {
        var kontan = ArticleParser.Parse("""
            KONTAN.CO.ID
            Investasi
            Investasi
            Penjualan Sukuk Ritel SR024 Tembus Rp 26 Triliun, Investor Milenial Mendominasi
            Reporter: Galih Prasetyo Wibowo | Editor: Anastasia Kurniasih Wardani
            Kamis, 12 Maret 2026 / 20:10 WIB
            KONTAN.CO.ID - JAKARTA. Pemerintah meraup dana Rp 26,3 triliun dari penjualan Sukuk Ritel seri SR024.
            """);
        Assert.Equal("Investasi", kontan.Section?.Value);
        Assert.Equal("Penjualan Sukuk Ritel SR024 Tembus Rp 26 Triliun, Investor Milenial Mendominasi", kontan.Headline?.Value);
        Assert.Equal(["Galih Prasetyo Wibowo"], kontan.Authors);
        var reuters = ArticleParser.Parse("""
            Philippine central bank holds rates steady, signals pause in easing as peso slides
            By Miguel Antonio dela Rosa and Omar Haddad al-Shammari
            February 19, 2026 4:38 PM GMT+8 Updated 3 hours ago
            MANILA, Feb 19 (Reuters) - The Philippine central bank kept its benchmark interest rate unchanged on Thursday.
            """);
        Assert.Equal(["Miguel Antonio dela Rosa", "Omar Haddad al-Shammari"], reuters.Authors);
    }

    // BBC News's site menu, then its nations ("England | N. Ireland Scotland Wales"), a region's label when the page has one,
    // and the headline.
    private static string BbcNationsPage(string? region) => $"""
        {BbcSiteMenu}
        Weather
        Newsletters
        England
        |
        N. Ireland
        Scotland
        Wales
        {(region is null ? "" : region + "\n")}Village bakery reopens a year after fire destroyed its ovens
        4 March 2026
        Share
        Save
        Harriet Coldwell
        BBC News, Norfolk
        A bakery that served a Norfolk village for 80 years has reopened, a year after a fire destroyed its ovens.
        """;

    [Fact]
    public void BbcRegionUnderTheNationsMenuIsTheSection()
    {
        var article = ArticleParser.Parse(BbcNationsPage("Norfolk"));
        Assert.Equal("Norfolk", article.Section?.Value);
        Assert.Equal("Village bakery reopens a year after fire destroyed its ovens", article.Headline?.Value);
        Assert.Equal(["Harriet Coldwell"], article.Authors);
        Assert.StartsWith("A bakery that served", Assert.Single(article.Blocks).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Local News")]
    [InlineData("Watch live")]
    [InlineData("Cymru")]
    public void BbcNationsMenuOverTheHeadlineNamesNoSection(string? banner)
    {
        var article = ArticleParser.Parse(BbcNationsPage(banner));
        Assert.Null(article.Section);
        Assert.Equal("Village bakery reopens a year after fire destroyed its ovens", article.Headline?.Value);
    }

    [Fact]
    public void BbcLocalPagesBreadcrumbNamesThePlaceAsTheSection()
    {
        var article = ArticleParser.Parse($"""
            {BbcSiteMenu}

            England
            Local News
            Cumbria

            Ferry across Windermere returns after winter repairs

            3 March 2026
            Share
            Save
            Olwen Pritchard
            BBC News, Cumbria

            A chain ferry that carries cars across Windermere has returned to service after four months of repairs.
            """);
        Assert.Equal("Cumbria", article.Section?.Value);
        Assert.Equal("Ferry across Windermere returns after winter repairs", article.Headline?.Value);
        Assert.Equal(["Olwen Pritchard"], article.Authors);
    }

    [Fact]
    public void APictureLibrarysNameInBracketsGluedToTheCaptionIsItsCredit()
    {
        var article = ArticleParser.Parse("""
            Kasus Campak di Kota Ambon Naik, Dinkes Minta Orangtua Lengkapi Imunisasi

            Kompas.com, 4 Maret 2026, 09:15 WIT
            Lihat Foto
            Ilustrasi anak yang menerima vaksin campak.(SHUTTERSTOCK)
            Penulis Kontributor Ambon, Yosefina Latuheru | Editor Dimas Prakoso

            AMBON, KOMPAS.com - Kasus campak di Kota Ambon naik sejak awal tahun.
            """);
        Assert.Equal("Ilustrasi anak yang menerima vaksin campak.", article.Caption?.Text.Value);
        Assert.Equal("SHUTTERSTOCK", article.Caption?.Credit?.Value);
    }

    [Theory]
    [InlineData("Solusi Jangka Pendek?", true)]
    [InlineData("What Happens Next?", true)]
    [InlineData("Apa kata warga soal itu?", false)]
    [InlineData("Why?", false)]
    [InlineData("But why?", false)]
    [InlineData("Apa itu?", false)]
    [InlineData("'Where did the money go?'", true)]
    [InlineData("‘Who pays?’", true)]
    public void AQuestionInTitleCaseOnItsOwnLineIsASubheading(string line, bool heading)
    {
        var article = ArticleParser.Parse($"Judul berita untuk uji coba\n\nParagraf pertama berita ini cukup panjang untuk dibaca sebagai isi berita.\n\n{line}\n\nParagraf kedua juga cukup panjang untuk dibaca sebagai isi berita yang sama.\n");
        Assert.Equal(heading, article.Blocks.Any(b => b.Kind == NewsReader.Model.BlockKind.Subheading && b.Text == line));
    }

    [Fact]
    public void WashingtonPostOpinionTitleOverItsTwoSentenceStandfirstIsTheHeadline()
    {
        var article = ArticleParser.Parse("""
            Democracy Dies in Darkness
            Sections
            Subscribe
            Sign in
            Opinions
            Trump’s Gamble
            He bet the economy on tariffs. Voters will decide if it paid off.
            By Marguerite Okafor
            June 18, 2026 at 6:00 a.m. EDT
            Gift Article
            Share
            WASHINGTON — The president signed the order on Thursday morning, officials said, ending weeks of talks with allies.
            """);
        Assert.Equal("Trump’s Gamble", article.Headline?.Value);
    }

    [Theory]
    [InlineData("What choice did we have?", false)]
    [InlineData("Mengapa demikian?", false)]
    [InlineData("Who’s buying?", true)]
    [InlineData("Aman dikonsumsi?", true)]
    [InlineData("But why?", true)]
    [InlineData("A gym, finally?", true)]
    [InlineData("Why?", false)]
    [InlineData("Apa kata warga soal harga beras itu?", false)]
    public void AShortQuestionOnItsOwnLineIsASubheadingWhereTheArticleHasOne(string line, bool heading)
    {
        var article = ArticleParser.Parse($"Judul berita untuk uji coba\n\nParagraf pertama berita ini cukup panjang untuk dibaca sebagai isi berita.\n\nPasar yang sepi\n\nParagraf kedua juga cukup panjang untuk dibaca sebagai isi berita yang sama.\n\n{line}\n\nParagraf ketiga juga cukup panjang untuk dibaca sebagai isi berita yang sama.\n");
        Assert.Contains(article.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading && b.Text == "Pasar yang sepi");
        Assert.Equal(heading, article.Blocks.Any(b => b.Kind == NewsReader.Model.BlockKind.Subheading && b.Text == line));
    }

    [Fact]
    public void ReutersWritersNotesUnderItsTopicsAndBbcReadersBoxCloseNoBody()
    {
        var reuters = ArticleParser.Parse("""
            French rail unions extend strike into Easter weekend

            PARIS, March 28 (Reuters) - French rail unions extended a strike over pay into the Easter weekend on Friday.

            "A week of disruption would be felt," the hotel federation's head Marc Delorme said.

            Reporting by Anne-Sophie Marchetti; Editing by Tom Hollis

            Our Standards: The Thomson Reuters Trust Principles., opens new tab

            Suggested Topics:
            Europe
            Business
            Transportation

            Anne-Sophie Marchetti
            Thomson Reuters
            Anne-Sophie covers French politics and the economy from Paris.

            Read Next
            Europe
            Spain unveils housing plan as rents soar
            Business
            Airbus deliveries rise 9% in February
            Site Index
            Latest
            Home
            Authors
            Topic Sitemap
            About Reuters
            Careers
            Reuters News Agency
            All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
            © 2025 Reuters. All rights reserved
            """);
        Assert.DoesNotContain(reuters.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        Assert.StartsWith("\"A week of disruption", reuters.Blocks[^1].Text);
        var bbc = ArticleParser.Parse("""
            Hip operation waits longest in the region

            Patients in Stoke-on-Trent are waiting more than a year for hip replacements, figures show.

            "I can't climb my own stairs any more," said Pauline Marsh, 71.

            Get in touch
            Are you waiting for planned surgery? Tell us about your experience.

            More from BBC Stoke & Staffordshire
            Follow BBC Stoke & Staffordshire on Facebook, X and Instagram.
            """);
        Assert.DoesNotContain(bbc.Blocks, b => b.Kind == NewsReader.Model.BlockKind.Subheading);
        // Only the box's label on its own line: advice that opens with the words stays in the text.
        var advice = ArticleParser.Parse("""
            Energy bills to rise in April

            Households will pay more for energy from April, the regulator Ofgem said.

            Get in touch with your supplier as soon as possible if you are struggling to pay, Ofgem said.

            Suppliers must offer payment plans to customers in debt.
            """);
        Assert.Contains(advice.Blocks, b => b.Text.StartsWith("Get in touch with your supplier", StringComparison.Ordinal));
    }

    [Fact]
    public void WashingtonPostStandfirstOverItsDateCaptionAndControlsThenTheWriters()
    {
        var article = ArticleParser.Parse("""
            Local

            Arlington budget raises meals tax, trims pool hours

            The $1.6 billion spending plan passed 4-1 after weeks of debate over schools, pools and a widening deficit.

            March 12, 2026 at 6:00 a.m. EDT
            Swimmers use the lanes at the Washington-Liberty pool on Tuesday. (Marisol Quintero/The Washington Post)
            Listen
            6 min
            Share
            Comment
            Add to your saved stories
            Save
            By Harriet Okonjo-Bell
            and
            Stefan Dudek

            The Arlington County Board approved a $1.6 billion budget on Tuesday night.
            """);
        Assert.Equal("The $1.6 billion spending plan passed 4-1 after weeks of debate over schools, pools and a widening deficit.", article.Standfirst?.Value);
        Assert.Equal(["Harriet Okonjo-Bell", "Stefan Dudek"], article.Authors);
        Assert.Equal("2026-03-12T06:00:00-04:00", article.Published?.ToIsoString());
        Assert.Equal("Marisol Quintero/The Washington Post", article.Caption?.Credit?.Value);
        Assert.StartsWith("The Arlington County Board", article.Blocks[0].Text);
    }

    [Fact]
    public void ReutersDateOverItsTimeAndABbcLanguageServicesWriter()
    {
        var reuters = ArticleParser.Parse("""
            Technology
            Taiwan chip tester soars 90% in Taipei debut
            By Lin Mei-hua and Oliver Grant
            October 23, 2025
            2:15 PM GMT+8
            Updated 4 hours ago
            TAIPEI, Oct 23 (Reuters) - Shares of Taiwanese chip tester Veritest soared as much as 90% on their trading debut on Thursday.
            """);
        Assert.Equal("2025-10-23T14:15:00+08:00", reuters.Published?.ToIsoString());
        var bbc = ArticleParser.Parse("""
            Asia
            Saigon's street food vendors face new licence rules
            12 August 2025
            Share
            Save
            Pham Thu Trang
            BBC News Vietnamese
            Laura Whitcombe
            BBC News, Singapore
            For 30 years, Nguyen Thi Hoa has sold noodle soup from the same corner in District 1.
            """);
        Assert.Equal(["Pham Thu Trang", "Laura Whitcombe"], bbc.Authors);
        Assert.Equal("BBC News", bbc.Outlet);
    }
}
