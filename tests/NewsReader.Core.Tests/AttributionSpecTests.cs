using NewsReader.Model;
using NewsReader.Parsing;

namespace NewsReader.Tests;

/// <summary>
/// One construct of speaker attribution per case, in the shapes real Indonesian and English news prints them: the speaker
/// (the fullest name the article gives), how it was found (<see cref="SpeakerSource"/>) and the words at the cue
/// (<see cref="Quote.SpeakerMention"/>). Each article is a headline and paragraphs; the quote checked is the one whose text
/// starts with the given words.
/// </summary>
public sealed class AttributionSpecTests
{
    public static TheoryData<string, string, string, string?, SpeakerSource, string?> Cases => new()
    {
        {
            "in Indonesian a '-nya' cue set off by commas makes the rest of its sentence what the last speaker reports: 'Selain itu, lanjutnya, guru Budi Santoso … juga sudah menyampaikan permohonan maaf' leaves the next 'katanya' with the speaker",
            """
            Guru Dianiaya Rekan Kerja

            Kepala sekolah Ema Putri mengatakan pihaknya telah melakukan mediasi.

            "Sudah kami mediasi," ujarnya.

            Selain itu, lanjutnya, guru Budi Santoso yang melakukan penganiayaan juga sudah menyampaikan permohonan maaf.

            "Kami sangat menyayangkan adanya kejadian ini," katanya.
            """,
            "Kami sangat menyayangkan", "Ema Putri", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a shadow title is another office: 'The Foreign Secretary told the BBC' is the Foreign Secretary named before, not the 'Shadow foreign secretary' who spoke since",
            """
            Straw attacks Tory leader

            Foreign Secretary Jack Straw said: "He is clever, fluent and tactical, but he is not wise."

            Shadow foreign secretary Michael Ancram said: "We have fought a very positive campaign."

            The Foreign Secretary told the BBC: "I was making an observation about policy."
            """,
            "I was making an observation", "Jack Straw", SpeakerSource.EarlierMention, "Foreign Secretary"
        },
        {
            "trailing kata with a role, a rank and the full name",
            """
            Polisi Tutup Jalan Pramuka Selama Perbaikan

            "Pengalihan arus kami lakukan sampai perbaikan selesai," kata Kapolsek Menteng Kompol Budi Santoso Wibowo, Senin (4/8/2025).

            "Kami minta pengendara mengikuti rambu," kata Budi.
            """,
            "Kami minta pengendara", "Budi Santoso Wibowo", SpeakerSource.EarlierMention, "Budi"
        },
        {
            "an -nya cue after a paragraph about the speaker",
            """
            Harga Cabai Naik Jelang Akhir Tahun

            Kepala Dinas Perdagangan Kota Bekasi Tedi Hafni mengatakan pasokan dari Garut berkurang karena hujan.

            "Stok di pasar induk masih cukup untuk dua minggu," ujarnya.
            """,
            "Stok di pasar induk", "Tedi Hafni", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "menurut before a quotation",
            """
            Ekonom Ingatkan Risiko Defisit

            Menurut ekonom senior INDEF Faisal Basri, "Defisit yang melebar akan menekan rupiah."
            """,
            "Defisit yang melebar", "Faisal Basri", SpeakerSource.SameSentence, "ekonom senior INDEF Faisal Basri"
        },
        {
            "a split quotation: the second part has the first part's cue and speaker",
            """
            Warga Keluhkan Banjir

            "Air naik sejak subuh," kata Siti Aminah, warga Kampung Melayu, "dan belum surut sampai siang."
            """,
            "dan belum surut", "Siti Aminah", SpeakerSource.SameSentence, "Siti Aminah"
        },
        {
            "a quotation with no cue continues the previous one",
            """
            Gubernur Tinjau Tanggul

            "Tanggul ini akan kami perkuat tahun depan," kata Gubernur Jawa Tengah Ahmad Luthfi di Semarang.

            "Anggarannya sudah kami siapkan."
            """,
            "Anggarannya sudah kami", "Ahmad Luthfi", SpeakerSource.Continuation, null
        },
        {
            "a role alias resolves to the person introduced in that role",
            """
            Menkeu Pastikan Defisit Terjaga

            Menteri Keuangan Sri Mulyani Indrawati menyampaikan realisasi anggaran semester pertama di Jakarta.

            "Penerimaan pajak tumbuh sesuai rencana," ungkap Menkeu.
            """,
            "Penerimaan pajak tumbuh", "Sri Mulyani Indrawati", SpeakerSource.EarlierMention, "Menkeu"
        },
        {
            "a nickname in brackets names the person",
            """
            Presiden Resmikan Bendungan

            Presiden Joko Widodo (Jokowi) meresmikan Bendungan Sadawarna di Subang.

            "Bendungan ini akan mengairi ribuan hektare sawah," kata Jokowi.
            """,
            "Bendungan ini akan", "Joko Widodo", SpeakerSource.EarlierMention, "Jokowi"
        },
        {
            "a well-known nickname from the tables",
            """
            Cak Imin Dorong Kurikulum Jaminan Sosial

            "Mahasiswa baru langsung terdaftar sebagai peserta," kata Cak Imin di Surabaya.
            """,
            "Mahasiswa baru langsung", "Muhaimin Iskandar", SpeakerSource.SameSentence, "Cak Imin"
        },
        {
            "glued words from a copied page",
            """
            Kapolres Imbau Warga Waspada

            "Jangan mudah percaya pesan berantai," kata Kapolres SlemanAKBP Edy Setyanto Erning Wibowo, Selasa (5/8/2025).
            """,
            "Jangan mudah percaya", "Edy Setyanto Erning Wibowo", SpeakerSource.SameSentence, "Kapolres Sleman AKBP Edy Setyanto Erning Wibowo"
        },
        {
            "an organisation's words before the name are not the name",
            """
            Kemendagri Minta Daerah Percepat Belanja

            "Masih banyak daerah yang serapannya rendah," kata Direktur Jenderal Bina Keuangan Daerah Kemendagri Mochamad Ardian Noervianto.
            """,
            "Masih banyak daerah", "Mochamad Ardian Noervianto", SpeakerSource.SameSentence, null
        },
        {
            "a pronoun passes over a person the quote itself names",
            """
            KPK Tahan Tersangka Korupsi Gas

            Pelaksana Tugas Deputi Penindakan KPK Asep Guntur Rahayu mengumumkan penahanan tersangka.

            Kemudian, Iswan Ibrahim (ISW) selaku komisaris meminta Arso melakukan pendekatan.

            "Saudara ISW meminta saudara AS melakukan pendekatan dengan PT PGN," katanya.
            """,
            "Saudara ISW meminta", "Asep Guntur Rahayu", SpeakerSource.Pronoun, "katanya"
        },
        {
            "an English pronoun after a named subject",
            """
            Bank of England holds rates

            Andrew Bailey, the governor of the Bank of England, told reporters the decision was close.

            "We are not yet where we need to be on inflation," he said.
            """,
            "We are not yet", "Andrew Bailey", SpeakerSource.Pronoun, "he"
        },
        {
            "an unnamed speaker is kept as the text describes them",
            """
            Ballot papers go missing

            A spokeswoman for Royal Mail said: "We are investigating a problem with a number of postal votes."
            """,
            "We are investigating", "A spokeswoman for Royal Mail", SpeakerSource.SameSentence, "A spokeswoman for Royal Mail"
        },
        {
            "a description with a demonstrative resolves to the person meant",
            """
            Musk Luncurkan Partai Baru

            Elon Musk meluncurkan partai politik baru di Amerika Serikat.

            "Kita hidup dalam sistem satu partai," bos SpaceX dan Tesla itu memposting di X.
            """,
            "Kita hidup dalam", "Elon Musk", SpeakerSource.EarlierMention, "bos SpaceX dan Tesla"
        },
        {
            "a nickname in quotation marks inside a name is the person's alias, not part of the name",
            """
            Golkar Targetkan Kursi Ketua DPRD

            Ketua DPD II Golkar Makassar Munafri 'Appi' Arifuddin menyinggung soal hilangnya kursi ketua DPRD.

            "Ini menjadi target kita ke depan," ujar Appi kepada wartawan.
            """,
            "Ini menjadi target", "Munafri Arifuddin", SpeakerSource.EarlierMention, "Appi"
        },
        {
            "initials printed together ('R.J.') are the name's, not a title's",
            """
            Senate passes stopgap bill

            Republican opposition came mostly from fiscal conservatives. Senator R.J. Halvorsen of Montana wrote on X that the bill was "another kick of the can down a road."
            """,
            "another kick of the can", "R.J. Halvorsen", SpeakerSource.SameSentence, "Senator R.J. Halvorsen"
        },
        {
            "a lower-case Filipino particle ('dela') inside a name",
            """
            Typhoon batters the north

            The Rev. Emmanuel dela Cruz, the parish priest, opened the cathedral to families. "The church has been standing here since 1739," he said.
            """,
            "The church has been standing", "Emmanuel dela Cruz", SpeakerSource.Pronoun, "he"
        },
        {
            "the surname before an English name's suffix, written alone later, leaves the given name in the name",
            """
            Typhoon batters the north

            Cagayan Gov. Teodoro Balisi Jr. said the province had asked the national government for help.

            "Our roads are cut in 11 places," Balisi said in a radio interview.
            """,
            "Our roads are cut", "Teodoro Balisi Jr.", SpeakerSource.EarlierMention, "Balisi"
        },
        {
            "a Roman numeral closes an English name as 'Jr.' does",
            """
            Museum returns artefacts

            Board chairman Theodore Marchbanks III said the pieces would go home. "We are returning what was never ours," he said.
            """,
            "We are returning what", "Theodore Marchbanks III", SpeakerSource.Pronoun, "he"
        },
        {
            "an armed body's name ends in 'Forces', and its initials later name it",
            """
            Army says it repelled assault

            PORT SUDAN, Oct 27 (Reuters) - Sudan's army said on Monday it had repelled an assault by the paramilitary Rapid Support Forces on the city.

            The RSF said in a post on Telegram that its fighters "remain in full control of the roads leading into the city".
            """,
            "remain in full control", "Rapid Support Forces", SpeakerSource.EarlierMention, "The RSF"
        },
        {
            "a bracket of some of a run's initials ('IPC') makes the run an organisation, not a person named by its last word",
            """
            Famine warning

            The U.N.-backed Integrated Food Security Phase Classification (IPC) warned this month that famine conditions were likely.

            "Access constraints are preventing the delivery of life-saving assistance," the IPC report said.
            """,
            "Access constraints are preventing", "Integrated Food Security Phase Classification", SpeakerSource.EarlierMention, "IPC"
        },
        {
            "'Jr.' before a comma ends no sentence, and a state's name before a party's member ('a Georgia Democrat') is no person",
            """
            Stopgap bill passes

            Representative Marcus Bell Jr., a Georgia Democrat who helped negotiate the disaster funding, said in a statement that the package would "put money in the hands of families who have been waiting since July."
            """,
            "put money in the hands", "Marcus Bell Jr.", SpeakerSource.SameSentence, "Representative Marcus Bell Jr."
        },
        {
            "a firm's name before a lower-case field and title ('a Stratacore sales executive') describes an unnamed speaker",
            """
            EU fines software maker

            The decision cites a 2021 internal email in which a Stratacore sales executive wrote that the transfer fees would help "raise the walls of the garden" around its largest customers.
            """,
            "raise the walls", "a Stratacore sales executive", SpeakerSource.SameSentence, null
        },
        {
            "a museum's name goes on past 'of' ('the Halvorsen Museum of Art'), and its first word alone names it later",
            """
            Museum to return carvings

            A carved hornbill sat for nearly a century in a storage room at the Halvorsen Museum of Art in Minneapolis.

            The Halvorsen said it would "complete that review by the end of 2028."
            """,
            "complete that review", "Halvorsen Museum of Art", SpeakerSource.EarlierMention, "The Halvorsen"
        },
        {
            "a county supervisor's title is no part of the name",
            """
            Data centers and power rates

            "They are neighbors who never mow the lawn," said Loudoun County Supervisor Matteo Ricciardi-Lam.
            """,
            "They are neighbors who", "Matteo Ricciardi-Lam", SpeakerSource.SameSentence, null
        },
        {
            "a federal body named with 'and' ('Immigration and Customs Enforcement') is the agency the article then quotes",
            """
            Sheriff's deal with ICE

            ASHBY COUNTY, Va. — The sheriff's office has turned over more than 300 people under an agreement with Immigration and Customs Enforcement, according to records obtained by The Washington Post.

            "Partnerships with local law enforcement are a force multiplier," the agency said in a statement.
            """,
            "Partnerships with local law", "Immigration and Customs Enforcement", SpeakerSource.EarlierMention, "agency"
        },
        {
            "a football club's 'FC' between a coach's title and his name is the club's, not his initials",
            """
            PSMS Tekuk Sriwijaya

            Di kubu lawan, pelatih Sriwijaya FC Edy Syahputra menyesalkan timnya kehilangan konsentrasi.

            "Kami kehilangan konsentrasi di sepuluh menit terakhir," ujarnya.
            """,
            "Kami kehilangan konsentrasi", "Edy Syahputra", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a stock's code in brackets ('(KSLR.AS)') makes the run a listed company, which 'the company' then names",
            """
            Dutch chip tool maker cuts outlook

            AMSTERDAM, April 16 (Reuters) - Kessler Lithografie (KSLR.AS), opens new tab, the Dutch maker of chip inspection equipment, cut its full-year forecast on Wednesday.

            Hiroshi Tanaka-Wells, who covers the sector for Brightwater Capital in London, was more upbeat.

            Kessler said it would go ahead with a share buyback. "We remain confident in the long-term fundamentals of our markets," the company said in its quarterly report.
            """,
            "We remain confident", "Kessler Lithografie", SpeakerSource.EarlierMention, "company"
        },
        {
            "a name after a noun for a business ('cloud computing provider Stratacore') is a company, which 'the company' names over a court named since",
            """
            EU fines cloud provider

            BRUSSELS, Sept 9 (Reuters) - EU antitrust regulators fined U.S. cloud computing provider Stratacore 1.2 billion euros on Tuesday.

            Stratacore said it would appeal to the Luxembourg-based General Court, Europe's second-highest.

            "We strongly disagree with the Commission's decision," the company said in a statement. It said customers had "more choice than ever" and that its pricing was fair.
            """,
            "We strongly disagree", "Stratacore", SpeakerSource.EarlierMention, "company"
        },
        {
            "'It said' after 'the company said' is the same company",
            """
            Chipmaker appeals ruling

            Chipmaker Altavera said it would take the ruling to the Federal Court of Justice.

            "The judgment misreads the patent," the company said. It said its customers faced "no risk of disruption" while it appealed.
            """,
            "no risk of disruption", "Altavera", SpeakerSource.Pronoun, "It"
        },
        {
            "a business named for its field ('Norvance Therapeutics') is a company, not the health body named before it",
            """
            WHO warns on antibiotics

            The World Health Organization said resistance was rising.

            Norvance Therapeutics, a Boston-based biotech company developing an antibiotic, said the findings underlined the need for new models.

            "Without a predictable return, it is almost impossible to raise capital for antibiotics," the company said in a statement.
            """,
            "Without a predictable return", "Norvance Therapeutics", SpeakerSource.EarlierMention, "company"
        },
        {
            "an organisation that reports speech after an opening phrase with no comma ('In a statement … Valve said') speaks the quotation that follows",
            """
            Ban hits pirates hard

            Game maker Valve shut down the online accounts of the players.

            In a statement detailing the banning of the accounts Valve said this system helped identify who had got hold of pirated copies. "The method used was extremely easy for Valve to trace and confirm," read the statement.
            """,
            "The method used was", "Valve", SpeakerSource.EarlierMention, null
        },
        {
            "a surname that starts like a firm in 's ('Lowell', 'Lowe's') is still the person's",
            """
            Vigil for the victims

            Curtis Lowell led the vigil on Sunday night. "We say their names so that nobody forgets," Lowell said.
            """,
            "We say their names", "Curtis Lowell", SpeakerSource.EarlierMention, "Lowell"
        },
        {
            "a hyphenated Korean given name ('Min-ji') is the name's, not a qualifier such as 'Chicago-based'",
            """
            Drug board bill advances

            Del. Min-ji Harper, who carried the bill in the House, was blunt. "They will sue. They always sue," Harper said.
            """,
            "They will sue", "Min-ji Harper", SpeakerSource.EarlierMention, "Harper"
        },
        {
            "a Vietnamese surname that is also a French article ('Le') opens the name after a cue",
            """
            Crash report released

            "The pilots seemed calm," said Le Thi Hong Nhung, 44, whose husband was on board.
            """,
            "The pilots seemed calm", "Le Thi Hong Nhung", SpeakerSource.SameSentence, null
        },
        {
            "an English short form that is the first of two surnames ('Salcedo') leaves the given name in the name",
            """
            Peru runoff

            Presidential candidate Ximena Salcedo Ugarte claimed victory on Sunday. "Peru has chosen stability," Salcedo said.
            """,
            "Peru has chosen stability", "Ximena Salcedo Ugarte", SpeakerSource.EarlierMention, "Salcedo"
        },
        {
            "a degree with stops set off by commas ('M.Si.') names no one",
            """
            Revisi UU ASN

            Direktur Jenderal Otonomi Daerah, Prof. Dr. Suhardi Wiratmadja, M.Si., mengatakan pemerintah belum menentukan sikap. "Kami perlu kajian yang lebih komprehensif," ujarnya.
            """,
            "Kami perlu kajian", "Suhardi Wiratmadja", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a nickname after an honorific ('yang akrab disapa Bang Ucok') is the alias of the person named before",
            """
            Pedagang Tolak Relokasi

            Ketua Persatuan Pedagang Pasar Sukaramai, Hotman Mangapul Simanjuntak, menolak rencana relokasi. "Kami dipindah ke tempat yang sepi," ujar pria yang akrab disapa Bang Ucok itu.

            "Kami akan datang lagi dengan jumlah yang lebih besar," pungkas Ucok.
            """,
            "Kami akan datang lagi", "Hotman Mangapul Simanjuntak", SpeakerSource.EarlierMention, "Ucok"
        },
        {
            "a doctor's title in lower case ('dr.') inside a run keeps the Balinese name after it whole",
            """
            Kasus DBD Naik

            "Hingga minggu ke-13 tahun ini tercatat 1.200 kasus," kata Kepala Dinas Kesehatan Kota Denpasar dr. Anak Agung Ayu Candrawati saat ditemui.
            """,
            "Hingga minggu ke-13", "Anak Agung Ayu Candrawati", SpeakerSource.SameSentence, null
        },
        {
            "a Batak woman's clan name after 'br' is the name's",
            """
            Pedagang Tolak Relokasi

            "Langganan saya sudah puluhan tahun di sini," kata Rosmawati br Tarigan, pedagang sayur.
            """,
            "Langganan saya sudah", "Rosmawati br Tarigan", SpeakerSource.SameSentence, null
        },
        {
            "'the force' is the police force the article named, not the last person named",
            """
            Looting video not filmed in UK

            Sebastián Aravena, who filmed the original video from his flat, told BBC Verify he was shocked to see it shared as British news.

            Leicestershire Police said there had been no reports of looting in the city.

            "We are aware of a video circulating on social media," the force said in a statement.
            """,
            "We are aware of a video", "Leicestershire Police", SpeakerSource.EarlierMention, "force"
        },
        {
            "'he said' after a sentence whose unnamed subject follows an opening phrase ('Standing outside …, one man in his 40s, who …, said')",
            """
            Kharkiv glide bomb attack

            President Volodymyr Zelensky said in his nightly video address that the strike showed Russia was not serious about peace.

            Standing outside the ruined pharmacy, one man in his 40s, who did not want to give his name, said he had been inside buying medicine.

            "People talk about peace every week," he said.
            """,
            "People talk about peace", "one man in his 40s", SpeakerSource.Pronoun, "he"
        },
        {
            "a person named after an unnamed description, an age and a noun ('One of them, 23-year-old student Iryna Bondar, said') is the subject",
            """
            Kharkiv glide bomb attack

            A military spokesman, Col Yuriy Ostapenko, said the bomb was dropped from 60km away.

            One of them, 23-year-old student Iryna Bondar, said she had come straight from her lectures.

            "What else can we do? This is our city," she said.
            """,
            "What else can we do", "Iryna Bondar", SpeakerSource.Pronoun, "she"
        },
        {
            "a trailing cue whose subject names where the person works after 'of' ('meteorologist Sunil Varghese of the weather service's Bend office said')",
            """
            Wildfire grows

            Forecasters said the outlook for Monday was grim.

            "Those winds are going to keep pushing this fire to the east," meteorologist Sunil Varghese of the weather service's Bend office said in a briefing.
            """,
            "Those winds are going", "Sunil Varghese", SpeakerSource.SameSentence, null
        },
        {
            "an electoral jury's name goes on past 'of', and 'the jury said' names it",
            """
            Peru runoff

            Peru's electoral jury, the National Jury of Elections (JNE), said it had received 312 requests. The jury said it would resolve them "within the deadlines established by law."
            """,
            "within the deadlines", "National Jury of Elections", SpeakerSource.EarlierMention, "jury"
        },
        {
            "an airline's name without 'Airlines' is the airline the article named in full",
            """
            Crash report

            The pilots of a Mekong Pacific Airlines jet that crashed into a hillside were warned three times.

            Mekong Pacific, a budget carrier founded in 2019, said in a statement it was "cooperating fully" with investigators.
            """,
            "cooperating fully", "Mekong Pacific Airlines", SpeakerSource.EarlierMention, null
        },
        {
            "'the report said' names its writer, given after 'by' and a description set off by commas",
            """
            Police shooting review

            The 64-page report by the city's independent policing auditor, Natalie Brandt-Osei, found that the officer fired three shots within four seconds.

            "At no point did Mr. Mobley make a threatening movement toward the officer," the report said.
            """,
            "At no point did", "Natalie Brandt-Osei", SpeakerSource.EarlierMention, "report"
        },
        {
            "'according to a report published … by' an organisation: the organisation",
            """
            Waiting list rises

            "Waiting lists will not come down until the NHS fixes the flow of patients," according to a report published on Thursday by the Royal College of Surgeons.
            """,
            "Waiting lists will not", "Royal College of Surgeons", SpeakerSource.SameSentence, null
        },
        {
            "a quotation that is its whole paragraph is the words of the one the next paragraph names after 'Hal itu disampaikan'",
            """
            Inflasi Juli Naik

            BPS mencatat inflasi tahunan Juli 2025 sebesar 2,37 persen. Kepala Bidang Statistik Harga Bagus Prasetyo Nugroho mendampingi.

            "Inflasi Juli terutama didorong oleh kelompok makanan, minuman, dan tembakau."

            Hal itu disampaikan Kepala BPS Retno Anggraini Wulandari dalam rilis Berita Resmi Statistik di Kantor BPS, Jakarta, Jumat (1/8/2025).
            """,
            "Inflasi Juli terutama", "Retno Anggraini Wulandari", SpeakerSource.EarlierMention, null
        },
        {
            "'Demikian tulis' an analyst in the next paragraph names who wrote the quotation before it",
            """
            Harga Emas Cetak Rekor

            "Emas mendapat dukungan ganda, yaitu ekspektasi suku bunga turun dan pembelian bank sentral."

            Demikian tulis Aaron Whitmore, kepala riset komoditas di Harbourline Capital, dalam catatan risetnya.
            """,
            "Emas mendapat dukungan", "Aaron Whitmore", SpeakerSource.EarlierMention, null
        },
        {
            "'kata sumber tersebut' is the source described before without a name, not the last person named",
            """
            Kursi Ketua DPD Demokrat

            Ronald, yang kini duduk di Komisi V DPR, enggan berkomentar. "Saya netral," ujarnya singkat.

            Seorang sumber di internal partai yang mengetahui proses pencalonan mengatakan DPP belum menjatuhkan pilihan.

            "Nama ketiga ini dekat dengan pengurus pusat," kata sumber tersebut.
            """,
            "Nama ketiga ini dekat", "Seorang sumber di internal partai", SpeakerSource.EarlierMention, null
        },
        {
            "a short form after a Buton name's opener ('Wa Ode') keeps the opener in the name",
            """
            Kapal Tenggelam di Wakatobi

            Kepala Pelaksana BPBD Wakatobi Wa Ode Nurhayati Sabaruddin mengatakan posko telah didirikan.

            "Keluarga penumpang kami tampung di posko," kata Nurhayati.
            """,
            "Keluarga penumpang kami", "Wa Ode Nurhayati Sabaruddin", SpeakerSource.EarlierMention, "Nurhayati"
        },
        {
            "a ministry's short name between a title and a name ('Juru Bicara Kemlu Arief Wicaksono Hadi') is the ministry's",
            """
            Kabut Asap ke Malaysia

            Ditanya apakah Indonesia akan meminta maaf, Juru Bicara Kemlu Arief Wicaksono Hadi tidak menjawab langsung. "Fokus kita sekarang adalah pemadaman," jawabnya.
            """,
            "Fokus kita sekarang", "Arief Wicaksono Hadi", SpeakerSource.Pronoun, "jawabnya"
        },
        {
            "a title given after the name and its field ('Sarah Woolcott, chief executive of the King's Fund,') is the one 'the chief executive' names",
            """
            Waiting list rises

            NHS England chief executive Fiona Ledgerwood said the figures were disappointing.

            Sarah Woolcott, chief executive of the health think tank the King's Fund, said the target was slipping.

            "Hospitals cannot operate on more people if they have no beds," the chief executive added.
            """,
            "Hospitals cannot operate", "Sarah Woolcott", SpeakerSource.EarlierMention, "chief executive"
        },
        {
            "'the coroner' is not an assistant coroner named later",
            """
            Quarry death was avoidable

            Recording a narrative conclusion, the senior coroner for Exeter and Greater Devon, Philip Anstey-Ward, said there had been failures.

            "Kieran was a young man at the very start of his working life," the coroner said.

            The inquest had been opened last year by the assistant coroner, Deborah Kessell.
            """,
            "Kieran was a young man", "Philip Anstey-Ward", SpeakerSource.EarlierMention, "coroner"
        },
        {
            "possessives inside an office's name ('Alexandria Commonwealth's Attorney's Office') are the name's, kept as written",
            """
            Police shooting review

            The Alexandria Commonwealth's Attorney's Office said the review "does not determine whether criminal charges are warranted."
            """,
            "does not determine whether", "Alexandria Commonwealth's Attorney's Office", SpeakerSource.SameSentence, null
        },
        {
            "a person named by initials that are also a degree's ('MH') is still a speaker",
            """
            Jurnalis Diperiksa Polisi

            Polisi memeriksa seorang jurnalis berinisial MH terkait laporan tersebut. "Saya hanya menjalankan tugas jurnalistik," kata MH.
            """,
            "Saya hanya menjalankan", "MH", SpeakerSource.SameSentence, "MH"
        },
        {
            "'Hal itu disampaikan' an organisation 'dalam rapat dengan' a person: the organisation, not the one who heard it",
            """
            Defisit Anggaran Melebar

            Pemerintah memperkirakan defisit APBN tahun ini lebih lebar dari target.

            "Defisit anggaran diperkirakan melebar hingga 2,8 persen."

            Hal itu disampaikan Kementerian Keuangan dalam rapat dengan Presiden Joko Widodo di Istana Merdeka, Jakarta.
            """,
            "Defisit anggaran diperkirakan", "Kementerian Keuangan", SpeakerSource.EarlierMention, null
        },
        {
            "a surname that is also a state's short form in AP style ('Kan') is still the name's",
            """
            Nuclear policy debate

            "We cannot go back to the old ways," former prime minister Naoto Kan said.
            """,
            "We cannot go back", "Naoto Kan", SpeakerSource.SameSentence, null
        },
        {
            "a company whose name opens with a noun for a business and goes on with an ordinary word ('Carrier Global') is not cut to 'Global'",
            """
            Heat pump maker cuts outlook

            Carrier Global cut its outlook on Tuesday. "We expect a stronger second half," Carrier Global said.
            """,
            "We expect a stronger", null, SpeakerSource.None, null
        },
        {
            "a title's holder named only paragraphs after the quote is not whom the title means ('said the world indoor champion' before 'Olympic champion Stefan Holm')",
            """
            Gardener wins double in Glasgow

            Britain's Jason Gardener enjoyed a double 60m success in Glasgow.

            Gardener cruised home ahead of Scot Nick Smith. "It's a very hard record to break," said the world indoor champion.

            There was a third success for Britain in the women's race.

            Maduaka was unable to repeat the feat in the 200m.

            Ivan Ukhov beat Olympic champion Stefan Holm into second place in the high jump.
            """,
            "It's a very hard record", "Jason Gardener", SpeakerSource.EarlierMention, null
        },
        {
            "after the verb, a name whose possessive is its apostrophe alone ('said Sky Networks' Sophie Turner Laing') owns the person who speaks",
            """
            Sky wins Oscars rights

            Sky has won the rights to show the Academy Awards live.

            "We are honoured to have won the rights," said Sky Networks' Sophie Turner Laing.
            """,
            "We are honoured", "Sophie Turner Laing", SpeakerSource.SameSentence, "Sophie Turner Laing"
        },
        {
            "the one person a paragraph names before its quotation, in a sentence closed before it, is whom 'he' means there, over the last speaker named paragraphs before",
            """
            Ferguson attacks Wenger

            Sir Alex Ferguson has launched a stinging attack on Arsene Wenger. "It's a disgrace," Ferguson said on Saturday.

            Those allegations were put to Wenger after Saturday's game at Bolton, which Arsenal lost. At first he said only: "I've always been consistent with that story."
            """,
            "I've always been consistent", "Arsene Wenger", SpeakerSource.Pronoun, "he"
        },
        {
            "a person named in the quotation's own sentence is not whom its 'he' means ('Asked about Wenger, he said:')",
            """
            Ferguson attacks Wenger

            Sir Alex Ferguson has launched a stinging attack on Arsene Wenger. "It's a disgrace," Ferguson said on Saturday.

            Asked about Wenger, he said: "I've always been consistent with that story."
            """,
            "I've always been consistent", "Alex Ferguson", SpeakerSource.Pronoun, "he"
        },
        {
            "a capitalised word for a document before its issuer ('Peraturan Bursa Efek Indonesia') is no word of the issuer's name",
            """
            Bursa Hentikan Perdagangan Saham

            Bursa Efek Indonesia (BEI) menghentikan sementara perdagangan saham PT Maju Jaya Tbk sesuai ketentuan Peraturan Bursa Efek Indonesia.

            "Penghentian sementara perdagangan dilakukan untuk pemenuhan kewajiban perusahaan," tulis BEI dalam pengumumannya.
            """,
            "Penghentian sementara perdagangan", "Bursa Efek Indonesia", SpeakerSource.EarlierMention, "BEI"
        },
        {
            "a leading cue's sentence reads on over a fragment quoted earlier in it ('The memo said … \"within 120 days of award,\" a timeline that the judge described as \"fanciful.\"')",
            """
            Judge halts detention center plan

            Judge Harold Wexler-Banks halted the plan on Friday.

            The memo said the facility could be open “within 120 days of award,” a timeline that the judge described as “fanciful.”
            """,
            "fanciful", "Harold Wexler-Banks", SpeakerSource.EarlierMention, "judge"
        },
        {
            "a name described right after it as a body ('Coastal Carolina Power, the largest utility in the region,') is that body's whole name, though a given name is in it",
            """
            Storm knocks out power

            The hurricane knocked out power to 300,000 homes on Thursday.

            Coastal Carolina Power, the largest utility in the region, said in a statement that restoring service could take “a week or more in the hardest-hit areas,” because crews could not reach substations.
            """,
            "a week or more in the hardest", "Coastal Carolina Power", SpeakerSource.SameSentence, "Coastal Carolina Power"
        },
        {
            "a title alone that spoke since the last speaker ('…, Kepala BPS mengatakan') is whom '-nya' goes on with, the person named with it",
            """
            Inflasi Juli Naik

            Hal itu disampaikan Kepala BPS Retno Anggraini Wulandari di Jakarta, Jumat (1/8/2025).

            "Inflasi tertinggi terjadi di Papua Selatan," ujar Deputi Bidang Statistik BPS Bagus Prasetyo Nugroho.

            Menjawab pertanyaan wartawan soal dampak program makan gratis, Kepala BPS mengatakan pihaknya belum melakukan kajian khusus.

            "Kami belum bisa menyimpulkan ada atau tidaknya hubungan langsung," ujarnya.
            """,
            "Kami belum bisa menyimpulkan", "Retno Anggraini Wulandari", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a person described after the name as a body's spokeswoman is no body ('Jane Doe, a spokeswoman for the company,'), and 'she' goes on with her",
            """
            Retailer shuts stores

            Jane Doe, a spokeswoman for the company, said the closures were painful. "It was a hard decision," she said.
            """,
            "It was a hard decision", "Jane Doe", SpeakerSource.Pronoun, "she"
        },
        {
            "a one-word title closing a name after two words of it is the surname ('Ketua KPU RI Ahmad Fauzan Hakim mengatakan')",
            """
            KPU Usulkan Pilkada Dua Gelombang

            Ketua KPU RI Ahmad Fauzan Hakim mengatakan, usulan tersebut muncul dari evaluasi Pilkada 2024.

            "Kami mengusulkan agar pilkada serentak nasional dibagi dalam dua gelombang," ujar Fauzan di Jakarta.
            """,
            "Kami mengusulkan agar pilkada", "Ahmad Fauzan Hakim", SpeakerSource.EarlierMention, "Fauzan"
        },
        {
            "'Fitri' is a given name, not only a word of 'Idul Fitri' ('Lurah Pluit Fitri Handayani' … 'kata Fitri')",
            """
            Banjir Rob Rendam Pluit

            Lurah Pluit Fitri Handayani mengatakan ratusan warga sudah dievakuasi ke tempat yang lebih aman.

            "Ada sekitar 320 kepala keluarga yang terdampak," kata Fitri.
            """,
            "Ada sekitar 320 kepala", "Fitri Handayani", SpeakerSource.EarlierMention, "Fitri"
        },
        {
            "a well-known body's full name written with commas ('Badan Meteorologi, Klimatologi, dan Geofisika') is one organisation, not a list ending in 'Geofisika'",
            """
            Banjir Rob Rendam Pluit

            Banjir rob kembali merendam permukiman warga di Pluit, Jakarta Utara.

            Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut banjir rob "masih akan terjadi hingga 17 Januari" di pesisir utara Jakarta.
            """,
            "masih akan terjadi hingga", "Badan Meteorologi, Klimatologi, dan Geofisika", SpeakerSource.SameSentence, "Badan Meteorologi, Klimatologi, dan Geofisika"
        },
        {
            "a named subject and a clause of its own in lower case up to a colon speaks the quotation after it ('Osbourne himself was at a loss to explain its popularity:')",
            """
            Ozzy show a hit in America

            The Osbournes drew an audience of eight million, with America's TV Guide magazine describing the series as "a cross between The Simpsons and This Is Spinal Tap".

            Ozzy Osbourne himself was at a loss to explain its popularity: "I suppose Americans get a kick out of watching a crazy Brit family like us."
            """,
            "I suppose Americans get", "Ozzy Osbourne", SpeakerSource.SameSentence, "Ozzy Osbourne"
        },
        {
            "in English two capitalised words the mention finder does not know, closing the cue, are the speaker as printed ('said Swiss Re.')",
            """
            Disasters make 2004 costly year

            Natural disasters made 2004 the most expensive year on record for property insurers.

            "2004 reinforces the trend towards higher losses," said Swiss Re. Tightly packed populations made the losses worse.
            """,
            "2004 reinforces the trend", "Swiss Re", SpeakerSource.SameSentence, "Swiss Re"
        },
        {
            "a one-word name goes by its last syllables ('Suharsono' … 'sambung Harsono'): the same person, under the full name",
            """
            DPRD Minta Pemkot Efisiensi Anggaran

            Anggota Badan Anggaran DPRD Kota Surakarta, Suharsono, meminta pemerintah kota memangkas belanja yang tidak mendesak.

            "Sedangkan PAD, targetnya harus dinaikkan terutama dari pajak dan retribusi parkir," sambung Harsono.
            """,
            "Sedangkan PAD, targetnya harus", "Suharsono", SpeakerSource.EarlierMention, "Harsono"
        },
        {
            "in English a country's adjective between 'the' and a word for a company is no speaker of its own ('The French bank said' is the bank named before, not 'French')",
            """
            Vivendi drops Polish claim

            Vivendi Universal has dropped its claim to a stake in a Polish mobile phone operator.

            The French group said the claim had "no legal basis" once the deal was signed.
            """,
            "no legal basis", "Vivendi Universal", SpeakerSource.EarlierMention, "group"
        },
        {
            "a one-word name glossed as what the person is called ('kata Oky, panggilan akrabnya') is whom the article named in full last",
            """
            Bursa Efek Tahan Penurunan

            Ketua Asosiasi Perusahaan Efek Indonesia Octavianus Budiyanto menilai dua kebijakan terbaru ini secara psikologis cukup positif.

            "Secara psikologis bagus karena aturan itu akan menjaga pasar tidak jatuh terlalu dalam," kata Oky, panggilan akrabnya, kepada CNBC Indonesia.
            """,
            "Secara psikologis bagus karena", "Octavianus Budiyanto", SpeakerSource.EarlierMention, "Oky"
        },
        {
            "'Pemimpin Redaksi' is a title, not the first word of the name ('Sekjen Forum Pemimpin Redaksi Titin Rosmasari')",
            """
            BRI Cetak Laba

            Sekjen Forum Pemimpin Redaksi Titin Rosmasari mengapresiasi capaian kinerja BRI hingga akhir kuartal I-2022.

            "Tentu kami berharap agar segala pencapaian cemerlang BRI mampu memberikan manfaat kepada seluruh masyarakat," ujarnya.
            """,
            "Tentu kami berharap agar", "Titin Rosmasari", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English a person named after an owner's possessive, a club's name and a lower-case title opens the sentence as its subject ('But Wenger's Bayern counterpart Felix Magath was …. He said:')",
            """
            Arsenal beaten in Munich

            Arsenal boss Arsene Wenger said: "We were not good enough tonight and we have a mountain to climb."

            But Wenger's Bayern counterpart Felix Magath was in no mood to celebrate either. He said: "I am far from happy despite the win."
            """,
            "I am far from happy", "Felix Magath", SpeakerSource.Pronoun, "He"
        },
        {
            "in English two clubs joined by 'and' before a lower-case title qualify it and name no person ('The former Rangers and Liverpool boss … he said')",
            """
            Souness plans summer spending

            Newcastle manager Graeme Souness has tried to re-sign the striker, but Villa were not interested in selling.

            The former Rangers and Liverpool boss is also looking to bring in a number of new players. "I'm after three, four or five new players in the summer," he said.
            """,
            "I'm after three, four or five", "Graeme Souness", SpeakerSource.Pronoun, "he"
        },
        {
            "a given name that is also an ordinary word opens the name after a title ('Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono')",
            """
            KKP Genjot Produksi Garam

            Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono menargetkan swasembada garam industri pada 2027.

            "Jadi garam, negara kelautan 80 tahun kita masih impor," jelasnya.
            """,
            "Jadi garam, negara kelautan", "Sakti Wahyu Trenggono", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "in English a titled person named by one word who reports speech in the sentence after another's cue takes the turn ('Shadow sports minister Lord Moynihan said …. \"We aim …\"')",
            """
            Tories pledge school sport

            Shadow education secretary David Davis said five million children were being denied adequate sporting opportunities.

            The plans would help tackle the "fastest growing rate of obesity in the developed world", he said. Shadow sports minister Lord Moynihan said the policy would empower local clubs. "We aim to shift the emphasis on after-school sport provision away from our overstretched teachers."
            """,
            "We aim to shift the", "Moynihan", SpeakerSource.EarlierMention, "minister Lord Moynihan"
        },
        {
            "two people joined by 'and' before a club's title stay two people ('Wenger and Chelsea boss Jose Mourinho were charged … Wenger said')",
            """
            Managers charged by FA

            Arsene Wenger and Chelsea boss Jose Mourinho were charged by the Football Association on Monday.

            "I will accept the punishment if there is one," Wenger said.
            """,
            "I will accept the punishment", "Arsene Wenger", SpeakerSource.EarlierMention, "Wenger"
        },
        {
            "a surname that is also a people's word is a person when no 'the' comes before it ('English also said …', Bill English)",
            """
            New Zealand budget delayed

            Finance minister Bill English has delayed the budget by a week.

            English also said the deficit would be "smaller than feared" this year.
            """,
            "smaller than feared", "Bill English", SpeakerSource.EarlierMention, "English"
        },
        {
            "a named subject who was handed or told something before a colon is not the one whose words follow ('Smith was then handed a statement from the club:')",
            """
            Smith leaves Rovers

            Rovers have parted company with striker Tom Smith after three seasons.

            Smith was then handed a statement from the club: "We wish Tom well for the future."
            """,
            "We wish Tom well", null, SpeakerSource.None, null
        },
        {
            "a short form introduced with a title of its own is someone else, not the one-word name it ends ('ujar Yanto, sopir angkot' after 'Haryanto')",
            """
            Banjir Rendam Terminal

            Kepala Terminal Haryanto mengatakan banjir merendam terminal sejak pagi.

            "Kami sudah minta bantuan pompa," kata Haryanto.

            Sopir angkot Yanto mengaku tidak bisa menarik penumpang. "Hari ini sepi sekali," ujar Yanto.
            """,
            "Hari ini sepi sekali", "Yanto", SpeakerSource.SameSentence, "Yanto"
        },
        {
            "in English someone the article does not name, then an apposition that describes the body, is kept as described ('A spokesman for Unison, Britain's biggest union, said:')",
            """
            Strike talks go on

            Talks between the unions and the government over pensions will resume next week.

            A spokesman for Unison, Britain's biggest union, said after Saturday's meeting: "At least we are still talking."
            """,
            "At least we are still", "A spokesman for Unison", SpeakerSource.SameSentence, "A spokesman for Unison"
        },
        {
            "an organisation named only by its acronym takes the full name spelled out before the acronym inside a person's title",
            """
            Aduan Penumpang Naik

            Ketua Pengurus Harian Lembaga Konsumen Transportasi Indonesia (LKTI) Tari Wulandari menilai masih ada celah.

            LKTI mencatat 37 aduan. Dalam rilisnya, LKTI menyebut aduan berkaitan dengan "perubahan jadwal sepihak" dari maskapai.
            """,
            "perubahan jadwal sepihak", "Lembaga Konsumen Transportasi Indonesia", SpeakerSource.EarlierMention, "LKTI"
        },
        {
            "a description's noun qualified by a clause ('kata pedagang yang enggan disebut namanya itu') is the one described before, past a place set off by commas",
            """
            Rupiah Melemah

            Bank Indonesia menyatakan terus berada di pasar.

            Seorang pedagang valuta asing di kawasan Kwitang, Jakarta Pusat, mengaku transaksi naik sejak akhir pekan lalu.

            "Banyak yang beli buat bayar kuliah anak," kata pedagang yang enggan disebut namanya itu.
            """,
            "Banyak yang beli", "Seorang pedagang valuta asing di kawasan Kwitang", SpeakerSource.EarlierMention, "pedagang"
        },
        {
            "a kepala dinas's short form ('tegas Kadishub') is the article's Kepala Dinas",
            """
            Uji Coba ERP Dimulai Mei

            "Uji coba akan dimulai 4 Mei," ujar Kepala Dinas Perhubungan DKI Jakarta Hendra Wijaya Kusuma di Balai Kota.

            Menurut Kadishub, pendapatan dari ERP akan dialokasikan untuk subsidi Transjakarta.

            "Uangnya kembali ke transportasi publik," tegas Kadishub.
            """,
            "Uangnya kembali", "Hendra Wijaya Kusuma", SpeakerSource.EarlierMention, "Kadishub"
        },
        {
            "the word that opens the sentence is an organisation's first when the acronym in brackets spells the name only with it ('Jaringan Advokasi Lingkungan Maluku (JALM)')",
            """
            Banjir Lumpur di Sagea

            Jaringan Advokasi Lingkungan Maluku (JALM) dalam siaran persnya menyebut perubahan tutupan lahan terjadi sangat cepat. "Bukaan lahan tambang mencapai 1.200 hektare," tulis JALM.
            """,
            "Bukaan lahan tambang", "Jaringan Advokasi Lingkungan Maluku", SpeakerSource.EarlierMention, "JALM"
        },
        {
            "'-nya' after someone described without a name 'yang enggan disebut namanya' is that one, not the body the description names",
            """
            Insentif Mobil Listrik

            Kementerian Keuangan menyatakan insentif akan mempertimbangkan ruang fiskal.

            Seorang pejabat di lingkungan Kemenperin yang enggan disebut namanya mengatakan pembahasan sudah memasuki tahap akhir. "Draf PMK-nya sudah di meja Kemenkeu," ujarnya.
            """,
            "Draf PMK-nya sudah", "Seorang pejabat di lingkungan Kemenperin", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English someone unnamed who works for a named person ('A spokesman for Senate Majority Leader Thomas Brandt (R-Ohio) said') is kept as described, not the person",
            """
            Farm bill stalls

            The Senate adjourned without a vote on the farm bill.

            A spokesman for Senate Majority Leader Thomas Brandt (R-Ohio) said the leader remained "committed to getting a farm bill done this spring," but did not say when.
            """,
            "committed to getting", "A spokesman for Senate Majority Leader Thomas Brandt", SpeakerSource.SameSentence, "A spokesman for Senate Majority Leader Thomas Brandt"
        },
        {
            "in English an unnamed description with a place of work holding an ampersand ('One customer at a Harbour & Bean branch in Leeds said:') is kept whole",
            """
            Coffee prices rise again

            Harbour & Bean will raise the price of a latte by 20p from Monday.

            One customer at a Harbour & Bean branch in Leeds said: "Four quid for a coffee is already a lot."
            """,
            "Four quid for a coffee", "One customer at a Harbour & Bean branch in Leeds", SpeakerSource.SameSentence, "One customer at a Harbour & Bean branch in Leeds"
        },
        {
            "in English 'As one foreman in Surabaya told me, \"…\"' gives the quote to the one described after 'as'",
            """
            Heat and work

            Governments in the region have responded mostly with advice.

            As one foreman in Surabaya told me, "The sun does not read the regulations."
            """,
            "The sun does not read", "one foreman in Surabaya", SpeakerSource.SameSentence, "one foreman in Surabaya"
        },
        {
            "in English a verb of speech in the passive after 'were' ('the layoffs were announced \"…\"') is no cue: the sentence's speaker is who said it",
            """
            Plant closes

            Workers at the plant said the news came abruptly.

            One worker said the layoffs were announced "with 20 minutes' notice, in a group video call."
            """,
            "with 20 minutes", "One worker", SpeakerSource.SameSentence, "One worker"
        },
        {
            "in English a country's possessive before a ministry whose fields are joined by 'and' ('Indonesia's Ministry of Energy and Mineral Resources') leaves it an organisation, not a person 'Mineral Resources'",
            """
            Fuel supplies

            Queues formed at petrol stations across Sumatra on Monday.

            Indonesia's Ministry of Energy and Mineral Resources said fuel supplies in the region were "safe and sufficient".
            """,
            "safe and sufficient", "Ministry of Energy and Mineral Resources", SpeakerSource.SameSentence, "Indonesia's Ministry of Energy and Mineral Resources"
        },
        {
            "'yang biasa dipanggil Pak Darto' after the sentence's subject described past a place ('Sudarto, 56 tahun, petani sawit di Desa Kualu Nenas, Kabupaten Kampar,') makes Darto Sudarto",
            """
            Harga Sawit Turun

            Sudarto, 56 tahun, petani sawit di Desa Kualu Nenas, Kabupaten Kampar, yang biasa dipanggil Pak Darto, mengaku hasil panennya turun.

            Warga lain juga mengeluh.

            "Dua hektare kebun saya tidak cukup lagi," kata Pak Darto.
            """,
            "Dua hektare kebun saya", "Sudarto", SpeakerSource.EarlierMention, "Pak Darto"
        },
        {
            "an organisation whose short form in brackets stands before its region ('Pemerintah Provinsi (Pemprov) DKI Jakarta') is named whole, and 'Pemprov DKI' later is it",
            """
            Tarif Transjakarta Naik

            JAKARTA, KOMPAS.com - Pemerintah Provinsi (Pemprov) DKI Jakarta memastikan tarif bus Transjakarta naik mulai 1 Maret.

            Pemprov DKI dalam keterangan resminya menyebut kenaikan tarif telah melalui kajian.

            "Besaran tarif baru masih terjangkau," demikian keterangan Pemprov DKI.
            """,
            "Besaran tarif baru", "Pemerintah Provinsi DKI Jakarta", SpeakerSource.EarlierMention, "Pemprov DKI"
        },
        {
            "a regional government's short head ('Pemkab Gianyar') is the 'Pemerintah Kabupaten Gianyar' the article named",
            """
            KLB Demam Berdarah

            GIANYAR, KOMPAS.com - Pemerintah Kabupaten Gianyar, Bali, menetapkan status kejadian luar biasa demam berdarah.

            Kasus tercatat di tujuh kecamatan.

            "Seluruh desa diminta menggelar gotong royong," tulis Pemkab Gianyar.
            """,
            "Seluruh desa diminta", "Pemerintah Kabupaten Gianyar", SpeakerSource.EarlierMention, "Pemkab Gianyar"
        },
        {
            "a title read with the organisation it heads, then the person set off by commas ('Pelatih Timnas Indonesia U-23, Frank de Vries,'), gives the person the title",
            """
            Timnas U-23 Tumbang dari Uzbekistan

            Jakarta, CNN Indonesia -- Timnas Indonesia U-23 kalah 1-3 dari Uzbekistan dalam laga uji coba.

            Pelatih Timnas Indonesia U-23, Frank de Vries, menilai timnya kehilangan kendali permainan setelah turun minum. Pelatih asal Belanda itu secara khusus menyoroti lini tengah yang menurutnya "terlalu mudah ditembus".
            """,
            "terlalu mudah ditembus", "Frank de Vries", SpeakerSource.EarlierMention, "Pelatih"
        },
        {
            "a title with its body's acronym ('ujar Dirjen ILMATE') is the person whose title held that acronym",
            """
            Penjualan Mobil Turun

            Direktur Jenderal Industri Logam, Mesin, Alat Transportasi dan Elektronika (ILMATE) Kemenperin Heru Santoso Gunawan mengatakan daya beli melemah.

            Penjualan mobil sepanjang 2025 hanya mencapai 781.000 unit.

            "Utilisasi kapasitas pabrik sekarang di bawah 60%," ujar Dirjen ILMATE dalam rapat kerja.
            """,
            "Utilisasi kapasitas pabrik", "Heru Santoso Gunawan", SpeakerSource.EarlierMention, "Dirjen ILMATE"
        },
        {
            "a role alias of more words than the title the tables know ('Menurut Wamenkeu' after 'Wakil Menteri Keuangan (Wamenkeu) Rizal') is the holder of the whole title",
            """
            Defisit APBN Melebar

            Jakarta, CNBC Indonesia - Wakil Menteri Keuangan (Wamenkeu) Rizal Hermawan Pratama memastikan defisit tetap di bawah 3% PDB.

            Penerimaan perpajakan hingga September baru mencapai 63,5% dari target.

            "Kami punya SAL, kami punya cash buffer," ujar Wamenkeu.
            """,
            "Kami punya SAL", "Rizal Hermawan Pratama", SpeakerSource.EarlierMention, "Wamenkeu"
        },
        {
            "a title with its body's acronym ('Gubernur BI juga menyebut') is the one whose title held both words",
            """
            Rupiah Melemah

            Jakarta, CNBC Indonesia - Gubernur Bank Indonesia (BI) Darmawan Setiaji menegaskan pelemahan rupiah dipengaruhi faktor global.

            Cadangan devisa tetap kuat.

            Gubernur BI juga menyebut posisi cadangan devisa akhir September "masih sangat memadai" untuk menopang stabilitas.
            """,
            "masih sangat memadai", "Darmawan Setiaji", SpeakerSource.EarlierMention, "Gubernur BI"
        },
        {
            "a short form the tables also list as a role ('ujar Dirjen') stands for the title it shortens ('Direktur Jenderal')",
            """
            Kasus DBD Melonjak

            JAKARTA, KOMPAS.com - Direktur Jenderal Penanggulangan Penyakit Kemenkes dr. Santi Rahmawati Koesoemo, M.Epid. mengatakan lonjakan kasus dipicu curah hujan.

            Kasus tertinggi tercatat di Jawa Barat.

            "Jadi kalau warga tidak menguras tempat air, nyamuknya muncul lagi," ujar Dirjen.
            """,
            "Jadi kalau warga", "Santi Rahmawati Koesoemo", SpeakerSource.EarlierMention, "Dirjen"
        },
        {
            "a title's short form of two words in brackets ('Kepala Bidang Pembinaan dan Prestasi (Kabid Binpres) PP PBSI Rudy') is the person's title, and 'kata Kabid Binpres' is the person",
            """
            PBSI Evaluasi Hasil Eropa

            Jakarta, CNN Indonesia -- Kepala Bidang Pembinaan dan Prestasi (Kabid Binpres) PP PBSI Rudy Hartanto Gunawan mengapresiasi hasil para pemain.

            Ganda putri meraih dua gelar.

            "Secara keseluruhan kami cukup puas," kata Kabid Binpres.
            """,
            "Secara keseluruhan kami", "Rudy Hartanto Gunawan", SpeakerSource.EarlierMention, "Kabid Binpres"
        },
        {
            "in English a person after a short phrase of place set off by a comma ('Back in Sibolga Julu, Sutrisno stood') is the sentence's subject, whom 'he' goes on with",
            """
            Floods sweep Sumatra villages

            At least 40 people have died after flash floods swept through villages in North Sumatra.

            "The water was inside the house," said Sutrisno, 61, who escaped with his wife through a back window.

            Mr Siregar later said the provincial government would review permits for companies operating upstream.

            Back in Sibolga Julu, Sutrisno stood beside the slab of concrete that was once his kitchen floor.

            "We will rebuild," he said.
            """,
            "We will rebuild", "Sutrisno", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a name in quotes after 'known to fans simply as' is what the person named just before is called",
            """
            Indonesia beat Vietnam

            Indonesia levelled five minutes after the break, before Rizky Ramadhan Putra - known to fans simply as "Kiki" - turned in Saputra's low cross.

            The coach praised his side's patience.

            "Honestly, I was angry with the coach," Kiki said.
            """,
            "Honestly, I was angry", "Rizky Ramadhan Putra", SpeakerSource.EarlierMention, "Kiki"
        },
        {
            "in English 'she' is never an organisation, and goes on with someone unnamed whose long relative clause ends at ', said'",
            """
            Measles outbreak grows

            Health officials said the outbreak had spread to three counties.

            In a statement on Tuesday, the C.D.C. said the national vaccination rate had fallen.

            A mother of four who lives near Millersburg, and who asked that her name not be used because of tensions in her community over vaccination, said she had decided to vaccinate her children.

            "I always thought measles was just a rash and a fever," she said.
            """,
            "I always thought measles", "A mother of four", SpeakerSource.Pronoun, "she"
        },
        {
            "in English an uncued quotation after 'Asked whether …, Whitacre shrugged.' is the one asked, named in full before",
            """
            House passes heat bill

            Rep. Thomas Whitacre said the bill would protect outdoor workers.

            The legislation now goes to the Senate. Asked whether the Senate would take it up before the end of the year, Whitacre shrugged.

            "That's above my pay grade. But I'd remind senators that their voters are watching too."
            """,
            "That's above my pay grade", "Thomas Whitacre", SpeakerSource.EarlierMention, "Whitacre"
        },
        {
            "'Ketika ditanya …, Kadiskes Gianyar menampik …' then an uncued quotation: the holder of the title asked",
            """
            KLB Demam Berdarah di Gianyar

            GIANYAR, KOMPAS.com - Kepala Dinas Kesehatan Kabupaten Gianyar dr. Ni Luh Putu Ariastuti, M.Kes mengatakan kasus melonjak.

            Ketika ditanya apakah status KLB akan berdampak pada kunjungan wisatawan, Kadiskes Gianyar menampik kekhawatiran tersebut. "Tidak ada larangan apa pun. Wisatawan tetap aman."
            """,
            "Tidak ada larangan", "Ni Luh Putu Ariastuti", SpeakerSource.EarlierMention, "Kadiskes Gianyar"
        },
        {
            "a description that opens the sentence, capitalised there, and closes with 'itu' ('Politikus Partai Nasional Demokrat itu menyebut') is the person meant",
            """
            Tarif Transjakarta Naik

            JAKARTA, KOMPAS.com - Tarif bus Transjakarta naik mulai 1 Maret.

            Ketua Komisi B DPRD DKI Jakarta Rasyidin Harahap meminta Pemprov DKI memastikan kenaikan tarif dibarengi perbaikan layanan. Politikus Partai Nasional Demokrat itu menyebut kebijakan ini "tidak boleh hanya menjadi cara menambal APBD".
            """,
            "tidak boleh hanya", "Rasyidin Harahap", SpeakerSource.EarlierMention, "Politikus Partai Nasional Demokrat"
        },
        {
            "'-nya' after 'Seorang nasabah … yang dihubungi Kontan.co.id, Rabu (3/12), mengaku' is that one: the relative clause runs to the comma before the verb",
            """
            Nasabah BPR Khawatir

            LPS dalam keterangan resminya menyebut sebagian besar simpanan "berada di bawah batas maksimal penjaminan".

            Seorang nasabah BPR Arta Sejahtera yang dihubungi Kontan.co.id, Rabu (3/12), mengaku khawatir. "Sekarang ya hanya bisa menunggu," ujarnya.
            """,
            "Sekarang ya hanya", "Seorang nasabah BPR Arta Sejahtera", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "'-nya' after 'Seorang perawat di bangsal anak yang ditemui Kompas.com mengaku': a passive verb in the relative clause is not the subject's",
            """
            Rumah Sakit Kewalahan

            "Kami sudah buka 40 tempat tidur tambahan," kata Oka Wisnawa.

            Seorang perawat di bangsal anak yang ditemui Kompas.com mengaku sudah tiga pekan tidak mendapat libur. "Capek pasti, tapi mau bagaimana lagi," ucapnya.
            """,
            "Capek pasti", "Seorang perawat di bangsal anak", SpeakerSource.Pronoun, "ucapnya"
        },
        {
            "a word for a company alone as the subject, capitalised as the sentence opens ('Perusahaan juga menyebut'), is the company the article named",
            """
            Pertamina Batasi Pembelian

            Jakarta, CNBC Indonesia - PT Pertamina Patra Niaga membatasi pembelian Pertalite.

            Uji coba dilakukan di 12 provinsi.

            Perusahaan juga menyebut uji coba tersebut berhasil menekan pembelian tidak wajar hingga "lebih dari 30% di wilayah percontohan".
            """,
            "lebih dari 30%", "PT Pertamina Patra Niaga", SpeakerSource.EarlierMention, "Perusahaan"
        },
        {
            "the same after an opener ('Sementara itu, perusahaan juga menyebut')",
            """
            Pertamina Batasi Pembelian

            Jakarta, CNBC Indonesia - PT Pertamina Patra Niaga membatasi pembelian Pertalite.

            Uji coba dilakukan di 12 provinsi.

            Sementara itu, perusahaan juga menyebut uji coba tersebut berhasil menekan pembelian tidak wajar hingga "lebih dari 30% di wilayah percontohan".
            """,
            "lebih dari 30%", "PT Pertamina Patra Niaga", SpeakerSource.EarlierMention, "perusahaan"
        },
        {
            "a royal title after an honorific opens the name ('Hj. Ratu Dewi Kartika'), so 'Ratu' later is her",
            """
            Ambang Batas Parlemen

            Jakarta, CNN Indonesia -- Anggota Komisi II DPR Hj. Ratu Dewi Kartika, S.IP., M.Si., menilai ambang batas tetap dibutuhkan.

            Saat ditanya apakah fraksinya akan bertahan di angka 4 persen, Ratu menjawab singkat, "Kita lihat nanti di panja."
            """,
            "Kita lihat nanti", "Ratu Dewi Kartika", SpeakerSource.EarlierMention, "Ratu"
        },
        {
            "'Menko' alone is the article's Menteri Koordinator",
            """
            Harga Beras Naik

            Jakarta - Menteri Koordinator Bidang Pangan Hariyadi Kusumo Wardoyo mengakui adanya kenaikan harga di tingkat konsumen.

            Saat ditanya wartawan apakah pemerintah akan membuka keran impor, Menko menjawab tegas, "Tidak ada impor. Stok di gudang Bulog cukup."
            """,
            "Tidak ada impor", "Hariyadi Kusumo Wardoyo", SpeakerSource.EarlierMention, "Menko"
        },
        {
            "guard: a title with its body's acronym ('kata Ketua DKPP') is not whoever holds another title of that body ('Sekretaris DKPP David Yama')",
            """
            DKPP Pecat Dua Anggota KPU Daerah

            JAKARTA, KOMPAS.com - Sekretaris DKPP David Yama mengatakan sidang putusan digelar pada Senin.

            Menurut dia, kedua teradu terbukti melanggar kode etik.

            "Keduanya kami berhentikan tetap," kata Ketua DKPP dalam sidang.
            """,
            "Keduanya kami berhentikan", "Ketua DKPP", SpeakerSource.SameSentence, "Ketua DKPP"
        },
        {
            "guard: a short head and a region ('Pemprov Papua') is not the body of a longer region ('Pemerintah Provinsi Papua Barat')",
            """
            Dua Provinsi Berbeda Sikap soal Dana Otsus

            JAYAPURA, KOMPAS.com - Pemerintah Provinsi Papua Barat menyatakan "dana otonomi khusus sudah cukup" untuk tahun ini.

            Namun, Pemprov Papua menyebut "dana otonomi khusus masih kurang" untuk membangun jalan di pedalaman.
            """,
            "dana otonomi khusus masih", "Pemprov Papua", SpeakerSource.SameSentence, "Pemprov Papua"
        },
        {
            "a capitalised 'As' inside a name is a name's word, not the acronym place 'AS' (as in a PFSA-ID article)",
            """
            Restrukturisasi Kredit Bank Mandiri Turun

            JAKARTA, KOMPAS — Restrukturisasi kredit terus turun sejak tahun lalu.

            ”Restrukturisasi kredit telah mencapai puncaknya,” ujar Sekretaris Perusahaan Bank Mandiri Rudi As Aturridha.
            """,
            "Restrukturisasi kredit telah", "Rudi As Aturridha", SpeakerSource.SameSentence, "Sekretaris Perusahaan Bank Mandiri Rudi As Aturridha"
        },
        {
            "the person after a verb of judgement ('thanked director Taylor Hackford') is whom it judges, not who speaks next",
            """
            Foxx wins best actor

            Cate Blanchett won best supporting actress. "The longevity of her career is inspiring to everyone," she said.

            And Jamie Foxx, who had two nominations this year, paid tribute to the late singer and thanked director Taylor Hackford. "You took a chance, man," he said.
            """,
            "You took a chance", "Jamie Foxx", SpeakerSource.Pronoun, "he"
        },
        {
            "a fragment quoted after 'X said' is X's words, not those of whom a clause after 'but' names ('but Tory Dominic Grieve branded')",
            """
            Blunkett may return, says Blair

            Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the way the office operated as "scandalous".
            """,
            "without a stain", "Blair", SpeakerSource.SameSentence, "Mr Blair"
        },
        {
            "guard: a fragment with no cue of its own before it is still the words of the clause after 'but' that names its speaker",
            """
            Row over the hunting ban

            The law is "so poorly drafted" but Tory MP Peter Luff said it would stand.
            """,
            "so poorly drafted", "Peter Luff", SpeakerSource.SameSentence, "Tory MP Peter Luff"
        },
        {
            "an apposition that lost its closing comma ('Matt Williams, a fund manager at Perpetual Trustees said') has the person as subject",
            """
            AMP eyes rival

            However, Matt Williams, a fund manager at Perpetual Trustees said taking the stake "is definitely a precursor to a takeover".
            """,
            "is definitely a precursor", "Matt Williams", SpeakerSource.SameSentence, "Matt Williams"
        },
        {
            "in Indonesian a one-word name opening a sentence with a passive verb ('Kamal dihadiahi timah panas') does not take the last speaker's -nya",
            """
            Pembunuh Pemilik Bar Ditangkap di Bitung

            Kapolsek Kuta Kompol Agus Riwayanto Diputra mengungkapkan tersangka Kamal Mopangga ditangkap di Bitung.

            "Saya sudah bilang jangan hina suku saya," kata Kamal dalam konferensi pers.

            "Tersangka sempat tidur dahulu seharian, baru terbang ke Bitung," ungkap Agus.

            Kamal akhirnya terciduk polisi dari Polsek Kuta. Kamal dihadiahi timah panas di kedua betisnya agar tidak kabur.

            "Ya, kami lumpuhkan supaya nggak kabur lagi," katanya.
            """,
            "Ya, kami lumpuhkan", "Agus Riwayanto Diputra", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a Batak woman's 'Br.' with its stop ends no sentence: 'Rosdiana Br. Simanjuntak' is one name, and 'Rosdiana' later is her",
            """
            Debat Ambang Batas di DPR

            Jakarta, CNN Indonesia -- Perdebatan terjadi antara Marulam Simanjuntak dari Fraksi PDI Perjuangan dan Rosdiana Br. Simanjuntak dari Fraksi Partai Golkar.

            "Ada lebih dari 17 juta suara yang hangus," ujar Rosdiana.
            """,
            "Ada lebih dari 17 juta", "Rosdiana Br. Simanjuntak", SpeakerSource.EarlierMention, "Rosdiana"
        },
        {
            "a title's word that closes a person's name ('Aditya Rahman Hakim', 'hakim' a judge) is the name's last word",
            """
            Laba Bank Naik

            JAKARTA, KONTAN.CO.ID - Laba bank naik.

            Analis MNC Sekuritas Aditya Rahman Hakim menilai kinerja BNPR sesuai ekspektasi pasar.

            "Yang perlu dicermati adalah NPL segmen UMKM," kata Aditya kepada Kontan.co.id, Kamis (30/10).
            """,
            "Yang perlu dicermati", "Aditya Rahman Hakim", SpeakerSource.EarlierMention, "Aditya"
        },
        {
            "a navy's rank ('Commodore') and a hockey position ('Goaltender') opening a sentence are titles, not names",
            """
            Philippines protests coast guard manoeuvre

            MANILA, Oct 20 (Reuters) - Philippine Coast Guard spokesperson Commodore Ramon Villanueva Dizon said the vessel came close.

            "This is a dangerous and unprovoked act," Dizon told reporters.

            Goaltender Owen Petrakis stopped 31 shots. "I just got lucky on a couple," Petrakis said.
            """,
            "This is a dangerous", "Ramon Villanueva Dizon", SpeakerSource.EarlierMention, "Dizon"
        },
        {
            "a two-word name glossed as what the person is called ('Gung Mahendra, sapaan akrabnya') is the person named in full before",
            """
            Tambang Pasir Diperiksa

            DENPASAR, KOMPAS.com - Tambang pasir diperiksa.

            Kepala Dinas PUPR Provinsi Bali Anak Agung Ngurah Bagus Mahendra mengatakan pihaknya telah menurunkan tim.

            "Kalau terbukti mengambil melebihi kuota, kami akan rekomendasikan sanksi," kata Gung Mahendra, sapaan akrabnya.
            """,
            "Kalau terbukti mengambil", "Anak Agung Ngurah Bagus Mahendra", SpeakerSource.EarlierMention, "Gung Mahendra"
        },
        {
            "'Pemain yang akrab disapa Kiki itu': a player so called is the player the article named before",
            """
            Persebaya Menang

            Persebaya menang lewat gol Muhammad Rizky Ramadhan di babak kedua.

            Pelatih asal Belanda itu juga menyoroti peran Rizky. Pemain yang akrab disapa Kiki itu mencetak gol kemenangan.

            "Saya cuma berpikir harus berlari sebanyak mungkin," ujar Kiki.
            """,
            "Saya cuma berpikir", "Muhammad Rizky Ramadhan", SpeakerSource.EarlierMention, "Kiki"
        },
        {
            "an organisation described in apposition ('…Association, the union representing controllers,') is 'the union' later, not the latest body named",
            """
            FAA vows to hire more controllers

            The National Air Traffic Controllers Association, the union representing controllers, said in a statement that the FAA needed to address pay. "Controllers are leaving because they are exhausted," the union said.
            """,
            "Controllers are leaving", "National Air Traffic Controllers Association", SpeakerSource.EarlierMention, "union"
        },
        {
            "a description in apposition to a name ('Lorraine Battaglia, 52, a security screener who …, said') is that person, no one unnamed",
            """
            Shutdown hits airport workers

            At Phoenix Sky Harbor International Airport, Lorraine Battaglia, 52, a security screener who has worked for the agency for 14 years, said she had started driving for a ride-share company at night.

            “I’ve got a mortgage and a kid in college,” she said.
            """,
            "I’ve got a mortgage", "Lorraine Battaglia", SpeakerSource.Pronoun, "she"
        },
        {
            "the subject after a question put to them ('Asked whether he would keep the puck, Halvorsen grinned.') is whom 'he said' goes on with",
            """
            Capitals beat Rangers

            Coach Spencer Carbery praised rookie Mikko Halvorsen, who scored his first goal. "He has earned it," Carbery said.

            Carbery said Halvorsen would remain in the lineup.

            Asked whether he would keep the puck, Halvorsen grinned. “Of course,” he said.
            """,
            "Of course", "Mikko Halvorsen", SpeakerSource.Pronoun, "he"
        },
        {
            "an unnamed subject's -nya goes past a person named after its verb as no subject ('… mengaku memaklumi keputusan Tarno')",
            """
            Harga Nasi Tetap di Warung Tarno

            Sutarno Hadi Wibowo, pemilik warung, tidak menaikkan harga. "Uangnya pas-pasan semua," ujar Tarno.

            Seorang pengemudi ojek daring yang tengah makan siang di warung itu mengaku memaklumi keputusan Tarno. "Di tempat lain malah sudah naik Rp 3.000 per porsi," katanya.
            """,
            "Di tempat lain malah", "Seorang pengemudi ojek daring", SpeakerSource.Pronoun, "katanya"
        },
        {
            "one unnamed speaker keeps where they were met, as the text describes them ('Seorang bidan desa di Kecamatan Ketapang')",
            """
            Campak Merebak di Sampang

            Seorang bidan desa di Kecamatan Ketapang mengatakan banyak orang tua menolak imunisasi. "Ada yang pintunya langsung ditutup," ujarnya.
            """,
            "Ada yang pintunya", "Seorang bidan desa di Kecamatan Ketapang", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "where a crowd was ('ribuan orang di Washington') is no part of who they are",
            """
            Demo di AS

            "Beginilah demokrasi!" teriak ribuan orang di Washington dekat Gedung Capitol.
            """,
            "Beginilah demokrasi", "ribuan orang", SpeakerSource.SameSentence, "ribuan orang"
        },
        {
            "guard: where an unnamed speaker works stays ('seorang pialang senior di perusahaan sekuritas Jepang')",
            """
            Rupiah Melemah

            Seorang pialang senior di perusahaan sekuritas Jepang mengatakan pasar masih wait and see. "Investor menunggu data inflasi," ujarnya.
            """,
            "Investor menunggu data", "Seorang pialang senior di perusahaan sekuritas Jepang", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "guard: a name closing an opening phrase ('After meeting Rishi Sunak, a spokesman for the IMF said') is no subject with the apposition after it",
            """
            IMF warns on UK debt

            After meeting Rishi Sunak, a spokesman for the IMF said the talks were "frank and useful".
            """,
            "frank and useful", "IMF", SpeakerSource.SameSentence, "IMF"
        },
        {
            "guard: in Indonesian a verb that brings in the next to speak ('Andi ditemui di rumahnya') leaves them the one '-nya' goes on with",
            """
            Warga Kaget Rumahnya Digeledah

            "Kami menggeledah rumah itu sesuai prosedur," kata Kapolsek Menteng AKBP Hendra Gunawan.

            Andi Pratama melihat penggeledahan itu dari rumah sebelah. Andi ditemui di rumahnya, Selasa (2/12).

            "Saya kaget melihat banyak polisi," ujarnya.
            """,
            "Saya kaget melihat", "Andi Pratama", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "guard: 'yang akrab disapa' after a word for a player that is the sentence's object names no one the subject is",
            """
            Persebaya Menang

            Bojan Hodak memuji pemain yang akrab disapa Kiki itu setelah laga.

            "Saya hanya ingin membantu tim," kata Kiki.
            """,
            "Saya hanya ingin", "Kiki", SpeakerSource.SameSentence, "Kiki"
        },
        {
            "a Welsh 'ap' is a name's particle ('Owain ap Gruffydd') and a Javanese 'Dyah' a name's prefix ('Dyah Roro Esti Widya Putri')",
            """
            GP surgery to close

            Dr Owain ap Gruffydd, one of the two remaining partners, said the closure was "heartbreaking".

            "We have been trying to recruit a salaried GP for two years," Dr ap Gruffydd said.
            """,
            "We have been trying", "Owain ap Gruffydd", SpeakerSource.EarlierMention, "Dr ap Gruffydd"
        },
        {
            "in English 'on' after a commission, council or committee opens its remit ('the Texas Commission on Environmental Quality')",
            """
            Drought deepens in Hill Country

            The Texas Commission on Environmental Quality said it was working closely with utilities. "Drought conditions are severe," the agency said.
            """,
            "Drought conditions are", "Texas Commission on Environmental Quality", SpeakerSource.EarlierMention, "agency"
        },
        {
            "guard: 'on' and a day after a commission is when it spoke ('The European Commission on Monday said')",
            """
            EU opens probe

            The European Commission on Monday said the merger was "a serious concern".
            """,
            "a serious concern", "European Commission", SpeakerSource.SameSentence, "The European Commission"
        },
        {
            "a title with the initials of its field ('Menteri LH') is whoever the article gave the title in full ('Menteri Lingkungan Hidup')",
            """
            KLH Segel Pabrik di Majalaya

            Menteri Lingkungan Hidup Hanif Faisol Nurofiq datang langsung ke lokasi penyegelan.

            "Kalau masih mengulangi, izin lingkungannya kami cabut," ujar Menteri LH.
            """,
            "Kalau masih mengulangi", "Hanif Faisol Nurofiq", SpeakerSource.EarlierMention, "Menteri LH"
        },
        {
            "a given name that is also a firm's word ('Lestari', as in 'PT Citra Sandang Lestari') opens a name after an honorific",
            """
            Korban GoldVest Tuntut Ganti Rugi

            Koordinator Paguyuban Korban GoldVest, Dr. Lestari Handayani Wibisono, mengatakan sebagian anggotanya kehilangan tabungan pensiun.

            "Ada anggota kami yang menjual sawah," katanya.
            """,
            "Ada anggota kami", "Lestari Handayani Wibisono", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a head of a body whose name lists its fields with commas ('Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)') is the person named after the bracket",
            """
            Puncak Musim Hujan Februari

            Jakarta - Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati mengingatkan warga soal cuaca ekstrem.

            "Puncak musim hujan jatuh pada Februari," kata Dwikorita.
            """,
            "Puncak musim hujan", "Dwikorita Karnawati", SpeakerSource.EarlierMention, "Dwikorita"
        },
        {
            "a minister whose ministry's name lists its fields with commas is the person after the last field ('dan Transmigrasi Abdul Halim Iskandar')",
            """
            Dana Desa Cair

            Jakarta - Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim Iskandar memastikan dana desa sudah cair.

            "Dana desa tahun ini aman," kata Halim.
            """,
            "Dana desa tahun ini", "Abdul Halim Iskandar", SpeakerSource.EarlierMention, "Halim"
        },
        {
            "a ministry whose name lists its fields with commas ('Kementerian Pendidikan Tinggi, Sains, dan Teknologi') speaks under its whole name, commas and all",
            """
            Kampus Diminta Siaga

            "Kampus kami minta siaga," tulis Kementerian Pendidikan Tinggi, Sains, dan Teknologi dalam keterangan tertulis, Senin (12/2/2024).
            """,
            "Kampus kami minta siaga", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", SpeakerSource.SameSentence, "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"
        },
        {
            "an English ministry whose name lists its remit with commas ('Ministry of Economy, Trade and Industry') speaks under its whole name",
            """
            Japan to curb chip exports

            TOKYO, March 3 (Reuters) - Japan will tighten export controls on chipmaking equipment from July.

            "We will take the necessary measures," the Ministry of Economy, Trade and Industry said in a statement.
            """,
            "We will take the necessary", "Ministry of Economy, Trade and Industry", SpeakerSource.SameSentence, "Ministry of Economy, Trade and Industry"
        },
        {
            "a member of the Senedd's letters after the name ('Rhian Morgan MS') are no part of it",
            """
            Bus routes cut in Powys

            Twelve rural bus routes in Powys will stop running in April, the council has confirmed.

            "This leaves whole villages without a way to get to work," said Rhian Morgan MS, who represents the area.
            """,
            "This leaves whole villages", "Rhian Morgan", SpeakerSource.SameSentence, "Rhian Morgan"
        },
        {
            "'Raya' ('greater') after a place's name in a club's name is the place's, no person's name ('Persikota Tangerang Raya')",
            """
            Pelatih Persikota Bertahan

            Pelatih Persikota Tangerang Raya, Yudi Hartono, mengaku puas dengan hasil latihan pekan ini.

            "Anak-anak sudah siap untuk laga pembuka," kata pelatih asal Malang itu.
            """,
            "Anak-anak sudah siap", "Yudi Hartono", SpeakerSource.EarlierMention, "pelatih asal Malang"
        },
        {
            "'Selembar' ('one sheet') opening a sentence is no person, though a verb of speech ('tulis', in 'batik tulis') follows",
            """
            Batik Tulis Pekalongan Bertahan

            Rumah produksi itu milik Sri Wahyuningsih (58), perajin yang membatik sejak remaja.

            Menurut Sri, tantangan terbesar adalah batik cetak yang dijual jauh lebih murah. Selembar batik tulis buatannya dijual mulai Rp2 juta.

            "Pembeli yang paham pasti pilih batik asli," ucapnya.
            """,
            "Pembeli yang paham", "Sri Wahyuningsih", SpeakerSource.Pronoun, "ucapnya"
        },
        {
            "a word for a person, then 'yang akrab disapa' and a name, at the cue is the person of that name",
            """
            Kelas Membatik untuk Wisatawan

            Salah satunya Siti Nur Khasanah (26), lulusan kampus di Yogyakarta. Ia membuka kelas membatik untuk wisatawan.

            Sementara itu, Ketua Paguyuban Batik Kauman, Bambang Wiryo, menyebut jumlah perajin terus turun.

            "Awalnya keluarga saya bingung, kok kuliah malah pulang membatik," kata perempuan yang akrab disapa Khasanah itu.
            """,
            "Awalnya keluarga saya bingung", "Siti Nur Khasanah", SpeakerSource.EarlierMention, "Khasanah"
        },
        {
            "a name after 'atau yang akrab disapa' is what the person named before it is called",
            """
            Perajin Batik Lasem Menua

            Ketua Forum Batik Lasem, Tan Hok Liong atau yang akrab disapa Koh Aming, menyebut jumlah perajin turun separuh.

            "Kalau tidak ada regenerasi, batik tulis bisa tinggal cerita," kata Koh Aming.
            """,
            "Kalau tidak ada regenerasi", "Tan Hok Liong", SpeakerSource.EarlierMention, "Koh Aming"
        },
        {
            "a known given name after 'in' before another capitalised word opens a person's name, no place ('in Gerald Mbeki's house')",
            """
            Smart thermostats go dark

            When the temperature in Gerald Mbeki’s house dropped to 54 degrees, he reached for his phone to turn up the heat.

            "I paid $249 for a thermostat that was supposed to be smart," said Mbeki, a retired postal worker.
            """,
            "I paid $249", "Gerald Mbeki", SpeakerSource.EarlierMention, "Mbeki"
        },
        {
            "in English 'Security' closes a firm's name ('Halden Home Security')",
            """
            Smart thermostats go dark

            In a statement, Halden Home Security, which owns the brand, said it had offered customers a discount.

            "We regret the inconvenience to customers," it said.
            """,
            "We regret the inconvenience", "Halden Home Security", SpeakerSource.Pronoun, "it"
        },
        {
            "in English a union named for a company is another body: 'the company said' is the chipmaker ('Daehan Semiconductor'), not its workers' union",
            """
            Chipmaker workers strike

            SEOUL, Nov 4 (Reuters) - Thousands of workers at Daehan Semiconductor walked off the job on Tuesday.

            The National Daehan Semiconductor Union said the strike would last three days.

            Daehan said in a statement that shipments would not be disrupted. "We have made a reasonable offer," the company said.
            """,
            "We have made a reasonable offer", "Daehan Semiconductor", SpeakerSource.EarlierMention, "company"
        },
        {
            "in English 'for the' inside an institution's name ('Office for the Coordination of Humanitarian Affairs (OCHA)')",
            """
            Floods displace thousands

            The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said the floods had worsened an already dire situation.

            "Food stocks in the affected areas have been destroyed," OCHA said in a situation report.
            """,
            "Food stocks in the affected", "United Nations Office for the Coordination of Humanitarian Affairs", SpeakerSource.EarlierMention, "OCHA"
        },
        {
            "in English 'Office of the' and a title is an institution ('the D.C. Office of the Attorney General'), whom 'the office said' names, not the last person",
            """
            Landlord loses housing case

            The ruling came in a lawsuit filed last year by the D.C. Office of the Attorney General, which accused the company of violating the housing code.

            A lawyer for the company, Bradley Thornquist, said it was considering an appeal.

            "Safe, habitable housing is not optional," the office said in a statement.
            """,
            "Safe, habitable housing", "D.C. Office of the Attorney General", SpeakerSource.EarlierMention, "office"
        },
        {
            "'he said' after a man named by an Indian given name ('Dr. Rajesh Venkataraman') is his, not the man named before him",
            """
            Measles spreads in Ohio

            Among them was Aaron Stoltzfus, a father of five who runs a dairy farm. He said his family had not vaccinated the children.

            "I watched my boy struggle to breathe for two nights," Mr. Stoltzfus said.

            Dr. Rajesh Venkataraman, a pediatric infectious disease specialist in Columbus, said measles was often mistaken for a bad cold.

            "By the time the rash shows up, a child may have been contagious for four days," he said.
            """,
            "By the time the rash", "Rajesh Venkataraman", SpeakerSource.Pronoun, "he"
        },
        {
            "a title, then 'yang akrab disapa' and the title as a form of address with a name ('dokter yang akrab disapa Dokter Jo'), is the person named before",
            """
            Kasus DBD Melonjak

            Dokter spesialis anak dari RSUD Cibinong, dr. Yohanes Silalahi, Sp.A, menuturkan bangsal anak kini hampir penuh.

            "Jangan tunggu bintik merah," tegas dokter yang akrab disapa Dokter Jo itu.
            """,
            "Jangan tunggu bintik merah", "Yohanes Silalahi", SpeakerSource.EarlierMention, "dokter"
        },
        {
            "an unnamed speaker who gave a speech at a rally ('berorasi') is whom '-nya' names, described up to the auxiliary ('terlihat')",
            """
            Guru Honorer Demo di Bandung

            Koordinator aksi, Dadang Suherlan, menyebut ribuan guru datang dari 27 kabupaten dan kota.

            Dalam aksi itu, sejumlah guru membacakan puisi. Seorang guru perempuan asal Cianjur terlihat menangis saat berorasi di atas mobil komando.

            "Kami ini bukan minta dikasihani," teriaknya disambut tepuk tangan massa.
            """,
            "Kami ini bukan minta", "Seorang guru perempuan asal Cianjur", SpeakerSource.Pronoun, "teriaknya"
        },
        {
            "a manner verb that closes a quotation ('smiles one broker') introduces its speaker as 'said' does",
            """
            Karachi stocks hit historic high

            The market is abuzz with speculation that investment may now start to flow in from abroad. "You can call it a peace dividend," smiles one broker.
            """,
            "You can call it", "one broker", SpeakerSource.SameSentence, "one broker"
        },
        {
            "a university named after a person ('Universitas Nusa Cendana') is no person: 'ucap Wakil Rektor tersebut' is the vice-rector named after its short name",
            """
            Mahasiswa Undana Demo Rektorat

            Kupang - Ratusan mahasiswa Universitas Nusa Cendana (Undana) berunjuk rasa di depan gedung rektorat.

            Setelah hampir tiga jam, Wakil Rektor Bidang Umum dan Keuangan Undana, Prof. Dr. Ir. Stefanus Lodo Lerik, menemui massa.

            "Kami terbuka," ucap Wakil Rektor tersebut.
            """,
            "Kami terbuka", "Stefanus Lodo Lerik", SpeakerSource.EarlierMention, "Wakil Rektor"
        },
        {
            "'Hajjah' written in full before a name is an honorific, no part of it",
            """
            Harga Beras Naik

            Pedagang di Pasar Induk Beras Cipinang, Hajjah Siti Maemunah, mengatakan pasokan gabah mulai berkurang.

            "Penggilingan sekarang rebutan gabah," kata Maemunah.
            """,
            "Penggilingan sekarang", "Siti Maemunah", SpeakerSource.EarlierMention, "Maemunah"
        },
        {
            "'Haji' is a word of a ministry's name ('Menteri Haji dan Umrah'), no honorific before the minister's name",
            """
            Kuota Haji Aman

            Jakarta - Menteri Haji dan Umrah Mochamad Irfan Yusuf memastikan kuota jemaah tahun ini aman.

            "Kuota tahun ini aman," kata Irfan.
            """,
            "Kuota tahun ini aman", "Mochamad Irfan Yusuf", SpeakerSource.EarlierMention, "Irfan"
        },
        {
            "in English a Malaysian title ('Datuk Seri') is no part of the name",
            """
            Malaysia maps smallholder farms

            Malaysia's Plantation and Commodities Minister Datuk Seri Haslina Mohd Yusof told Reuters the government had mapped most farms.

            "We are doing everything we can," the minister said.
            """,
            "We are doing everything", "Haslina Mohd Yusof", SpeakerSource.EarlierMention, "minister"
        },
        {
            "in English 'County Administrator' is a title before the name",
            """
            County will not pay hackers

            County Administrator Denise Okafor-Lyle told the county commissioners Monday that the county would not pay the ransom.

            "Paying criminals does not guarantee we get our data back," Okafor-Lyle said.
            """,
            "Paying criminals", "Denise Okafor-Lyle", SpeakerSource.EarlierMention, "Okafor-Lyle"
        },
        {
            "in English 'Air' closes an airline's name ('Celtica Air'), the organisation 'it said' names",
            """
            Airline pulls out

            Celtica Air said it would end its twice-daily service to Dublin on 28 March.

            "This has been a difficult decision," it said in a statement.
            """,
            "This has been a difficult", "Celtica Air", SpeakerSource.Pronoun, "it"
        },
        {
            "a place's name after 'Mrs' ('Mrs Sutherland', in an article about a fire in Sutherland) is the person's surname",
            """
            Wildfire in Sutherland

            A wildfire that burned for 40 hours across moorland in Sutherland has been described as the worst in a decade.

            Eilidh Sutherland, who runs a bed and breakfast nearby, said she had packed her car and was ready to leave.

            Mrs Sutherland said neighbours had looked after each other throughout the night. "People were phoning round, checking on the older folk."
            """,
            "People were phoning round", "Eilidh Sutherland", SpeakerSource.EarlierMention, "Mrs Sutherland"
        },
        {
            "a list of bodies after a body's name ('the Department of Health, Pfizer and Moderna') is no name of fields: Pfizer speaks as itself",
            """
            Vaccine deal reached

            Officials from the Department of Health, Pfizer and Moderna met on Monday.

            "We reached a deal," Pfizer said.
            """,
            "We reached a deal", "Pfizer", SpeakerSource.SameSentence, "Pfizer"
        },
        {
            "a title that holds an institution's head ('Kepala Sekolah') is before the person's name, no institution named after them",
            """
            Siswa Siap Ujian

            Kepala Sekolah Dwi Astuti mengatakan siswa sudah siap menghadapi ujian.

            "Anak-anak siap," kata Dwi.
            """,
            "Anak-anak siap", "Dwi Astuti", SpeakerSource.EarlierMention, "Dwi"
        },
        {
            "'yang dipanggil Presiden …' (summoned by the president) gives the person no nickname",
            """
            Tito Dipanggil ke Istana

            Tito Karnavian yang dipanggil Presiden Prabowo Subianto ke Istana mengaku siap menjalankan tugas.

            "Saya siap," kata Tito.
            """,
            "Saya siap", "Tito Karnavian", SpeakerSource.EarlierMention, "Tito"
        },
        {
            "'Nama (58), yang biasa disapa Mbah X': an age in brackets between the name and the clause that gives the nickname",
            """
            Pencurian di Museum

            Penjaga malam museum, Sugiyanto (58), yang biasa disapa Mbah Gik, mengaku tidak mendengar suara mencurigakan.

            "Saya langsung lapor ke polsek," kata Mbah Gik.
            """,
            "Saya langsung lapor ke polsek", "Sugiyanto", SpeakerSource.EarlierMention, "Mbah Gik"
        },
        {
            "'Wak' is a form of address: 'yang akrab disapa Wak Muji' is the nakhoda named before, not the last full name",
            """
            Nelayan Bantah Langgar Zona

            Hendri bin Abdul Rahman, nelayan Natuna, mengaku sering melihat kapal besar.

            Tarmuji (51), nakhoda kapal asal Tegal yang akrab disapa Wak Muji, menyebut kapalnya selalu di atas 12 mil.

            "GPS kami hidup terus," kata Wak Muji.
            """,
            "GPS kami hidup terus", "Tarmuji", SpeakerSource.EarlierMention, "Wak Muji"
        },
        {
            "'who goes by Bernie': a nickname without quotes, after a description of the person who opens the sentence",
            """
            Stranded at the airport

            Bernard Kowalski, a retired postal worker from Scranton, Pa., who goes by Bernie, spent the night near Gate A14.

            "I slept on an airport floor once in my life," Bernie said.
            """,
            "I slept on an airport floor once in my life", "Bernard Kowalski", SpeakerSource.EarlierMention, "Bernie"
        },
        {
            "'known as MBS' without quotes: the name before the phrase",
            """
            Talks in Riyadh

            Crown Prince Mohammed bin Salman, known as MBS, met the delegation on Monday.

            "We are ready to invest," MBS said.
            """,
            "We are ready to invest", "Mohammed bin Salman", SpeakerSource.EarlierMention, "MBS"
        },
        {
            "'Kepala Dinas …, dr. Nama, M.Kes,': a lower-case honorific between the title's comma and the name still sets them side by side",
            """
            Siswa Keracunan Makanan

            Kepala Dinas Kesehatan Kabupaten Pesawaran, dr. Martha Uli Hutabarat, M.Kes, mengatakan seluruh siswa sudah ditangani.

            "Sampel muntahan sudah kami kirim ke laboratorium," ujar Kadinkes.
            """,
            "Sampel muntahan sudah kami kirim ke laboratorium", "Martha Uli Hutabarat", SpeakerSource.EarlierMention, "Kadinkes"
        },
        {
            "'Finance Undersecretary Carmela Ilagan-Reyes': 'Undersecretary' is a title, not a word of her name",
            """
            Tax case filed

            Finance Undersecretary Carmela Ilagan-Reyes said the government was not targeting any industry.

            "We want a level playing field," Ilagan-Reyes said.
            """,
            "We want a level playing field", "Carmela Ilagan-Reyes", SpeakerSource.EarlierMention, "Ilagan-Reyes"
        },
        {
            "'kata La Ode' after 'La Ode Muhammad Rusdianto': a name's opening of two words alone is the person's short name",
            """
            Serangan Siber di Sultra

            Kepala Diskominfo Sultra, La Ode Muhammad Rusdianto, membenarkan serangan tersebut.

            "Kami tidak pernah meminta data pribadi lewat pesan pribadi," kata La Ode.
            """,
            "Kami tidak pernah meminta data pribadi", "La Ode Muhammad Rusdianto", SpeakerSource.EarlierMention, "La Ode"
        },
        {
            "'kata dokter hewan X, drh. Nama,': a veterinarian's title in lower case between the comma and the name",
            """
            Bayi Orangutan Lahir

            "Bayinya lahir sehat," kata dokter hewan Bali Wana Satwa, drh. Ni Luh Putu Ayu Sukmawati, saat ditemui.
            """,
            "Bayinya lahir sehat", "Ni Luh Putu Ayu Sukmawati", SpeakerSource.SameSentence, "Ni Luh Putu Ayu Sukmawati"
        },
        {
            "'dr. Nama, Sp.JP(K), FIHA, menyebut': a specialist's degree and a fellowship set off by commas name no one",
            """
            Cath Lab Baru

            Dokter spesialis jantung RSUD Watampone Sehati, dr. Muhammad Fadli Rasyid, Sp.JP(K), FIHA, menyebut waktu tempuh selama ini "terlalu panjang untuk pasien serangan jantung" yang butuh penanganan cepat.
            """,
            "terlalu panjang untuk pasien serangan jantung", "Muhammad Fadli Rasyid", SpeakerSource.SameSentence, "Muhammad Fadli Rasyid"
        },
        {
            "'St Mary's Hospital': a saint's title opens a body's name and stays in it",
            """
            Patient dies after delay

            Sarah Jones, 54, waited nine hours at St Mary's Hospital in Leeds, her son said.

            "We are reviewing the case," the hospital said.
            """,
            "We are reviewing the case", "St Mary's Hospital", SpeakerSource.EarlierMention, "hospital"
        },
        {
            "'run by Dr. X, a psychiatrist who …' then 'she said': a person introduced with an indefinite apposition is whom the pronoun means, past an earlier speaker",
            """
            Maine opens crisis unit

            Miriam Achterberg, whose son waited 50 hours for a bed, said the delays were cruel. "We had nowhere to go," she said.

            The new unit will be run by Dr. Oluwaseun Adeyemi-Hart, a psychiatrist who moved from Boston to take the job.

            "The goal is that nobody should have to be driven three hours," she said.
            """,
            "The goal is that nobody should have to be driven", "Oluwaseun Adeyemi-Hart", SpeakerSource.Pronoun, "she"
        },
        {
            "'Vice Minister of Mines Rodrigo Alonso Vargas de la Cruz': a name's particles count in no limit on its words",
            """
            Mining permits suspended

            Vice Minister of Mines Rodrigo Alonso Vargas de la Cruz said the halt was "temporary and not a cancellation".
            """,
            "temporary and not a cancellation", "Rodrigo Alonso Vargas de la Cruz", SpeakerSource.SameSentence, "Vice Minister of Mines Rodrigo Alonso Vargas de la Cruz"
        },
        {
            "'Josefina de los Reyes' then 'Reyes said': the Spanish 'de los' is a name's particle",
            """
            Central bank holds rates

            Josefina de los Reyes, an economist at Banco Andino, said rates would stay high.

            "The message is clear," Reyes said.
            """,
            "The message is clear", "Josefina de los Reyes", SpeakerSource.EarlierMention, "Reyes"
        },
        {
            "'DeShawn T. Pruitt': in English a given name with a particle's shape, before a name, opens it",
            """
            Bridge collapse inquiry

            DeShawn T. Pruitt, a delivery driver, was on the bridge when it fell.

            "I heard a crack like a gunshot," Mr. Pruitt said.
            """,
            "I heard a crack like a gunshot", "DeShawn T. Pruitt", SpeakerSource.EarlierMention, "Mr. Pruitt"
        },
        {
            "'Los Angeles police said': a city of two words whose first is a Spanish article is no person",
            """
            Suspect arrested

            Los Angeles police said the suspect fled on foot. Officer Dana Whitfield led the search.

            "We found him within the hour," Whitfield said.
            """,
            "We found him within the hour", "Dana Whitfield", SpeakerSource.EarlierMention, "Whitfield"
        },
        {
            "'pengamat kebijakan publik Universitas Trisakti Trubus Rahadiansyah': a person named after a university's two-word name (guard)",
            """
            Kebijakan Baru

            "Kebijakan ini perlu dievaluasi," kata pengamat kebijakan publik Universitas Trisakti Trubus Rahadiansyah.
            """,
            "Kebijakan ini perlu dievaluasi", "Trubus Rahadiansyah", SpeakerSource.SameSentence, "Universitas Trisakti Trubus Rahadiansyah"
        },
        {
            "'Linda Park, whose son goes by Danny': a nickname in someone else's clause is not the subject's (guard)",
            """
            Flood victims

            Linda Park, whose son goes by Danny, said the water rose within minutes.

            "We lost everything," Danny said.
            """,
            "We lost everything", "Danny", SpeakerSource.SameSentence, "Danny"
        },
        {
            "'kata Del Piero': in Indonesian a capitalised 'Del' opens a name, no particle (guard)",
            """
            Legenda Juventus Datang

            "Saya senang kembali ke Jakarta," kata Del Piero.
            """,
            "Saya senang kembali ke Jakarta", "Del Piero", SpeakerSource.SameSentence, "Del Piero"
        },
        {
            "'tulis Stasiun Meteorologi Juanda': a weather station is an institution",
            """
            Cuaca Kering

            "Potensi hujan di wilayah Pasuruan rendah," tulis Stasiun Meteorologi Juanda.
            """,
            "Potensi hujan di wilayah Pasuruan rendah", "Stasiun Meteorologi Juanda", SpeakerSource.SameSentence, "Stasiun Meteorologi Juanda"
        },
        {
            "'East Riding of Yorkshire Council': a compass word opens a region's name, no person's before 'of' and an institution",
            """
            Assembly rooms destroyed by fire

            "We are deeply saddened by the loss," East Riding of Yorkshire Council said.
            """,
            "We are deeply saddened by the loss", "East Riding of Yorkshire Council", SpeakerSource.SameSentence, "East Riding of Yorkshire Council"
        },
        {
            "'Kepala Desa Sukamaju, Budi Santoso,' then 'ujar Kades': an unknown place after a place's title and before a comma and a name is the title's place",
            """
            Banjir Surut

            Kepala Desa Sukamaju, Budi Santoso, mengatakan air mulai surut.

            "Air sudah surut," ujar Kades.
            """,
            "Air sudah surut", "Budi Santoso", SpeakerSource.EarlierMention, "Kades"
        },
        {
            "'Bendesa Adat Sebudi Kaja, I Wayan Gede Sudiarta,' then 'ujar Bendesa': Bali's customary village head",
            """
            Izin Tambang Ditolak Warga

            Bendesa Adat Sebudi Kaja, I Wayan Gede Sudiarta, mengatakan lokasi tambang dekat sumber mata air.

            "Yang datang sosialisasi cuma ke kantor perbekel," ujar Bendesa.
            """,
            "Yang datang sosialisasi cuma ke kantor perbekel", "I Wayan Gede Sudiarta", SpeakerSource.EarlierMention, "Bendesa"
        },
        {
            "'Camat Budi, Senin (12/1), mengatakan': a known given name after the title, and a day after the comma, are no place (guard)",
            """
            Bantuan Tiba

            Camat Cibeber Ahmad Yani mengatakan bantuan sudah datang.

            "Bantuan sudah tiba," kata Ahmad Yani.
            """,
            "Bantuan sudah tiba", "Ahmad Yani", SpeakerSource.SameSentence, "Ahmad Yani"
        },
        {
            "'Kades Wiyono Sukarto, Ketua RT Slamet Riyadi,': a title after the comma makes a list of titled people, no place (guard)",
            """
            Warga Gotong Royong

            Rapat dihadiri Kades Wiyono Sukarto, Ketua RT Slamet Riyadi, dan puluhan warga.

            "Kami mulai besok," kata Wiyono.
            """,
            "Kami mulai besok", "Wiyono Sukarto", SpeakerSource.EarlierMention, "Wiyono"
        },
        {
            "a word right after an organisation's acronym opens a three-word name, though the next word is an English given name ('Kepala BKF Febrio Nathan Kacaribu')",
            """
            Ekonomi Tumbuh

            "Kita lagi estimasi, sekitar 5%," kata Kepala BKF Febrio Nathan Kacaribu saat ditemui di kawasan DPR RI.
            """,
            "Kita lagi estimasi", "Febrio Nathan Kacaribu", SpeakerSource.SameSentence, "Kepala BKF Febrio Nathan Kacaribu"
        },
        {
            "a capitalised ordinary word between a ministry's short name and a one-word name is the given name ('DJPPR Kemenkeu Lucky Alfirman')",
            """
            Lelang SBN

            "Kondisi global masih menantang," ujar Direktur Jenderal Pengelolaan Pembiayaan dan Risiko (DJPPR) Kemenkeu Lucky Alfirman pada kesempatan yang sama.
            """,
            "Kondisi global masih", "Lucky Alfirman", SpeakerSource.SameSentence, "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko DJPPR Kemenkeu Lucky Alfirman"
        },
        {
            "'Negeri Tirai Bambu' opening a sentence is a country's epithet, a place, and takes no -nya cue from the person before it",
            """
            Rupiah Melemah

            Kepala Departemen Pengelolaan Moneter BI Edi Susianto menilai pasar masih wait and see. Hal lain adalah China. Negeri Tirai Bambu mencatat PMI turun.

            "Pelemahan masih terkendali," terangnya.
            """,
            "Pelemahan masih terkendali", "Edi Susianto", SpeakerSource.Pronoun, "terangnya"
        },
        {
            "the symposium's place 'Jackson Hole' is no person and takes no cue",
            """
            Emas Tertekan

            Ketua The Fed Jerome Powell kembali bicara. Powell yang berbicara di simposium Jackson Hole menegaskan bunga naik. "Akan ada beberapa kesakitan," kata dia.
            """,
            "Akan ada beberapa kesakitan", "Jerome Powell", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "an embed's placeholder '[Gambas:Instagram]' in a copied page names nobody",
            """
            Saham Pilihan Ustaz

            Ustaz Yusuf Mansur kembali mengunggah pilihan sahamnya di Instagram.   [Gambas:Instagram]  Ia juga menjelaskan bedanya. "Tentang saham, bedain antara nabung saham dengan trader," katanya.
            """,
            "Tentang saham", "Yusuf Mansur", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a name opening with a two-word opener ('Anak Agung') keeps it though the article shortens the name inside it ('Agung Wirawan')",
            """
            Rumah Sakit Siap KRIS

            Direktur Jenderal Pelayanan Kesehatan Kemenkes, dr. Anak Agung Ngurah Putra Wirawan, Sp.OG, mengatakan rumah sakit sudah siap. "Masa transisinya sudah cukup panjang," kata Agung Wirawan.
            """,
            "Masa transisinya", "Anak Agung Ngurah Putra Wirawan", SpeakerSource.EarlierMention, "Agung Wirawan"
        },
        {
            "a title with a ministry's short name, a comma, a rank and a name: the title is the person's, and a later 'kata Dirjen' is theirs",
            """
            Tiket Pesawat Mahal

            Direktur Jenderal Perhubungan Udara Kemenhub, Capt. Dirgantara Wisnu Pamungkas, mengatakan pihaknya sudah memanggil tiga maskapai.

            Dirjen juga mengingatkan agen perjalanan daring. "Yang dilihat penumpang itu harga akhir," kata Dirjen.
            """,
            "Yang dilihat penumpang", "Dirgantara Wisnu Pamungkas", SpeakerSource.EarlierMention, "Dirjen"
        },
        {
            "a title and its company read as a short name, then a comma and the person set off: the title is the person's ('Direktur Utama Bank Mandiri, Darmawan Junaidi,' then 'kata Dirut')",
            """
            Kredit Tumbuh

            Direktur Utama Bank Mandiri, Darmawan Junaidi, mengatakan kredit tumbuh dua digit.

            "Kami siap," kata Dirut.
            """,
            "Kami siap", "Darmawan Junaidi", SpeakerSource.EarlierMention, "Dirut"
        },
        {
            "a title and its party read as one organisation's name, then a comma and the person: 'Ketua Umum Partai Golkar, Bahlil Lahadalia,' then 'kata Ketum'",
            """
            Golkar Siap

            Ketua Umum Partai Golkar, Bahlil Lahadalia, mengatakan partainya siap.

            "Kami siap," kata Ketum.
            """,
            "Kami siap", "Bahlil Lahadalia", SpeakerSource.EarlierMention, "Ketum"
        },
        {
            "a building named after a body ('Gedung Kemenkes') is a place and takes nothing from the body ('Kementerian Kesehatan')",
            """
            DBD Meningkat

            Kementerian Kesehatan mencatat kasus DBD naik. Rapat digelar di Gedung Kemenkes, Jakarta.

            "Gejala awal DBD sering mirip flu," tulis Kemenkes.
            """,
            "Gejala awal DBD", "Kementerian Kesehatan", SpeakerSource.EarlierMention, "Kemenkes"
        },
        {
            "in Indonesian someone unnamed opening the quotation's paragraph, whatever the verb, is whom 'kata dia' means over the person named in the paragraph before",
            """
            Tiket Mahal

            Ni Putu Sri Wahyuni, karyawan swasta, mengaku membayar hampir Rp 3 juta. "Biasanya Rp 1,4 juta," kata Sri.

            Seorang penumpang lain memilih menunda perjalanan. "Mending pulang bulan depan saja," kata dia.
            """,
            "Mending pulang", "Seorang penumpang lain", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "someone unnamed who speaks after an opening phrase of place ('Back in Tazewell, a nurse … said') is whom the next 'she said' means",
            """
            Hospitals brace for coverage losses

            Priya Ramaswamy-Koch, who studies rural hospital finances, said several facilities were operating at a loss. "Coverage losses are a slow-moving threat," she said.

            Back in Tazewell, a nurse in the emergency department said the change is visible at triage. "We ask about insurance and the answer is a shrug," she said.
            """,
            "We ask about insurance", "a nurse in the emergency department", SpeakerSource.Pronoun, "she"
        },
        {
            "in Indonesian too, someone unnamed who speaks after an opening phrase of place ('Di Kabupaten Alor, seorang guru honorer mengaku') is whom 'kata dia' means",
            """
            Gaji Guru Honorer

            Anggota DPRD NTT, Maria Fatima Dua Lembang, meminta Gubernur turun tangan. "Masalah ini harus selesai," ujar Maria.

            Di Kabupaten Alor, seorang guru honorer SLB mengaku sudah meminjam uang ke kerabat. "Masa gaji saja harus menunggu berbulan-bulan," kata dia.
            """,
            "Masa gaji saja", "seorang guru honorer SLB", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "an uncued quotation alone in its paragraph after 'A spokesperson for <a long organisation's name> said …' is the spokesperson's, the name counting as a word",
            """
            Maternity unit to close

            Local MP Rachel Fenwick-Dunne said she would raise the issue. "It cannot be left without a maternity service," she told the BBC.

            A spokesperson for the Humber and North Yorkshire Integrated Care Board said it was working with the trust on a long-term plan.

            "Safety must come first, and we will involve local families in any decisions."
            """,
            "Safety must come first", "A spokesperson for the Humber and North Yorkshire Integrated Care Board", SpeakerSource.EarlierMention, "A spokesperson for the Humber and North Yorkshire Integrated Care Board"
        },
        {
            "an uncued quotation after 'Menurutnya, …' is the one the '-nya' means",
            """
            Harga Telur Naik

            Ketua Paguyuban Peternak Rakyat Blitar, Sugeng Riyadi Prasetyo, mengatakan banyak peternak terpaksa mengafkir ayamnya. "Produksi telur turun," ujarnya. Kepala Bapanas Arief Prasetyo Adi menyebut stok aman. "Kami salurkan jagung," kata Arief.

            Sugeng menilai rantai distribusi terlalu panjang. "Populasi ayam turun," ujarnya.

            Menurutnya, kenaikan harga di tingkat konsumen belum tentu dinikmati peternak. "Harga di kandang Rp 27.500."
            """,
            "Harga di kandang", "Sugeng Riyadi Prasetyo", SpeakerSource.Pronoun, "Menurutnya"
        },
        {
            "an uncued quotation after a sentence whose subject is a title alone ('Jaksa juga mengungkap …') is the title's holder",
            """
            Sidang Korupsi Alkes

            Jaksa penuntut umum Adelina Br Ginting membacakan dakwaan. "Dari 64 unit alat, 19 unit tidak berfungsi," kata jaksa. Kuasa hukum terdakwa, Fransiskus Sembiring, menyebut dakwaan kabur. "Klien kami bukan panitia lelang," ujar Fransiskus.

            Jaksa juga mengungkap aliran dana Rp 3,2 miliar ke rekening istri terdakwa. "Uang tersebut kemudian digunakan untuk membeli sebidang tanah."
            """,
            "Uang tersebut", "Adelina Br Ginting", SpeakerSource.EarlierMention, "Jaksa"
        },
        {
            "'Direktorat Jenderal Perkeretaapian' is a directorate general, no person named 'Perkeretaapian' after a rank, and a shorter mention of it is the same body",
            """
            Gangguan KRL

            Direktorat Jenderal Perkeretaapian Kementerian Perhubungan menyatakan akan mengevaluasi sistem perawatan. "Kami akan meminta laporan lengkap," demikian keterangan Direktorat Jenderal Perkeretaapian.
            """,
            "Kami akan meminta", "Direktorat Jenderal Perkeretaapian Kementerian Perhubungan", SpeakerSource.EarlierMention, "Direktorat Jenderal Perkeretaapian"
        },
        {
            "'Ditjen Perkeretaapian' is the article's 'Direktorat Jenderal Perkeretaapian Kementerian Perhubungan': a short head and the body it belongs to",
            """
            Gangguan KRL

            Direktorat Jenderal Perkeretaapian Kementerian Perhubungan menyatakan akan mengevaluasi sistem perawatan. "Kami akan meminta laporan lengkap," demikian keterangan Ditjen Perkeretaapian.
            """,
            "Kami akan meminta", "Direktorat Jenderal Perkeretaapian Kementerian Perhubungan", SpeakerSource.EarlierMention, "Ditjen Perkeretaapian"
        },
        {
            "a capitalised word inside an unnamed speaker's description is a place's ('dari Lampung Tengah'), not the auxiliary 'tengah' that ends it",
            """
            Harga Singkong Anjlok

            Seorang sopir truk pengangkut singkong dari Lampung Tengah mengeluhkan antrean di pabrik. "Sekali jalan bolak-balik tambah hampir dua hari," katanya.
            """,
            "Sekali jalan", "Seorang sopir truk pengangkut singkong dari Lampung Tengah", SpeakerSource.Pronoun, "katanya"
        },
        {
            "an adverb between an unnamed speaker's description and the verb ('A Labour spokesman later said') is no part of the description",
            """
            Labour attacked on poster

            The Conservatives defended the poster. A Labour spokesman later said the image had been removed. "This has been up on the website for two weeks," he said.
            """,
            "This has been up", "A Labour spokesman", SpeakerSource.Pronoun, "he"
        },
        {
            "a party's members opening a run before a name ('including Tories Ken Clarke and Sir George Young') qualify it and are no part of the name",
            """
            MPs tout Lords replacement plan

            But the all-party group, including Tories Ken Clarke and Sir George Young, is confident. Mr Clarke said the issue "went to the heart of reforming" Parliament.
            """,
            "went to the heart", "Ken Clarke", SpeakerSource.EarlierMention, "Mr Clarke"
        },
        {
            "a name's possessive before a disease ('who has Parkinson's disease') names no one who could speak",
            """
            Anti-tremor mouse stops PC shakes

            Most commonly associated with tremors is Parkinson's disease, but they can also follow a stroke.

            The adapter is the brainchild of IBM researcher Jim Levine who developed the prototype after seeing his uncle, who has Parkinson's disease, struggle with mouse control. "I knew that there must be way to improve the situation for him.

            "The number of elderly computer users will increase as the population ages," he said.
            """,
            "The number of elderly", "Jim Levine", SpeakerSource.Pronoun, "he"
        },
        {
            "'Kakanwil' is the article's Kepala Kantor Wilayah, introduced with the title before a comma and an honorific",
            """
            Jemaah Haji Berangkat

            Kepala Kantor Wilayah Kementerian Agama Jawa Tengah, H. Mukhlis Hidayatullah, M.Ag., melepas langsung keberangkatan jemaah.

            "Kami siapkan petugas khusus pendamping lansia di setiap kloter," ujar Kakanwil.
            """,
            "Kami siapkan petugas", "Mukhlis Hidayatullah", SpeakerSource.EarlierMention, "Kakanwil"
        },
        {
            "a stage name after 'who performs as' is the person's alias",
            """
            Go-go singer comes home

            Keyona Merriweather-Dawes, 27, who performs as Kiki, has spent the past year touring.

            The crowd cheered. "Everybody keeps asking when I am moving," Kiki said.
            """,
            "Everybody keeps asking", "Keyona Merriweather-Dawes", SpeakerSource.EarlierMention, "Kiki"
        },
        {
            "a two-word nickname in quotes inside a name is the person's alias though a later sentence opens with it ('Big Lee, as everyone calls him')",
            """
            Go-go band leader

            The band leader, Lionel "Big Lee" Satterwhite, 61, gave her a microphone.

            Big Lee, as everyone calls him, said he had worried. "They wanted to put her on a drum machine," Big Lee said.
            """,
            "They wanted to put her", "Lionel Satterwhite", SpeakerSource.EarlierMention, "Big Lee"
        },
        {
            "a degree glued to the word before it ('BPH MigasIr. Hasudungan') keeps its stop: the name after it is the title's holder",
            """
            Solar Subsidi

            Anggota Komite BPH MigasIr. Hasudungan Tampubolon, M.T. mengatakan lonjakan konsumsi tidak wajar.

            "Kepala daerah paling tahu kendaraan mana yang berhak," kata anggota Komite BPH Migas itu.
            """,
            "Kepala daerah paling tahu", "Hasudungan Tampubolon", SpeakerSource.EarlierMention, "anggota Komite BPH Migas"
        },
        {
            "a hyphenated range of months ('Januari-Agustus') names no one and takes no -nya cue",
            """
            Pengaduan Konsumen Naik

            Ketua YLKI Lidya Margaretha Siahaan menyebut pengaduan naik. "Paling banyak soal listrik," ujarnya.

            Sepanjang Januari-Agustus 2026, lembaga itu menerima 1.146 pengaduan. "Sepertiganya soal tagihan yang tiba-tiba naik," imbuhnya.
            """,
            "Sepertiganya soal tagihan", "Lidya Margaretha Siahaan", SpeakerSource.Pronoun, "imbuhnya"
        },
        {
            "someone unnamed with a description in apposition before the verb ('Another laid-off employee, a software engineer who …, said') is whom the next 'he said' means",
            """
            Fintech lays off half its staff

            Ms. Achebe-Lowry said she had turned down another job offer. "I believed them," she said.

            Another laid-off employee, a software engineer who asked not to be named because he was negotiating his severance, said morale had been falling for months. "Everybody could see the hiring freeze," he said.
            """,
            "Everybody could see", "Another laid-off employee", SpeakerSource.Pronoun, "he"
        },
        {
            "'the memo said' is the memo's writer, named in the sentence that introduced it, over a title quoted inside that sentence",
            """
            Fintech lays off half its staff

            In a memo to staff titled "The Harder Road," the company's co-founder and chief executive, Oren Balasubramanian-Katz, said the company had grown too fast.

            "I made the decision to hire ahead of revenue," the memo said.
            """,
            "I made the decision", "Oren Balasubramanian-Katz", SpeakerSource.EarlierMention, "memo"
        },
        {
            "in Indonesian a person after a passive participle's opening phrase ('Didampingi cucunya, Sumiyati tampak tenang') is the sentence's subject, whom '-nya' then means",
            """
            Jemaah Haji Berangkat

            Kepala Kantor Wilayah Kementerian Agama Jawa Tengah, Mukhlis Hidayatullah, melepas jemaah. "Kami siapkan petugas," ujar Mukhlis.

            Jemaah tertua di kloter ini adalah Mbah Sumiyati (97), warga Desa Gemolong, Sragen.

            Didampingi cucunya, Sumiyati tampak tenang saat menaiki bus. "Wis suwe anggone ngenteni," tuturnya.
            """,
            "Wis suwe", "Sumiyati", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "a person named between commas after someone unnamed that opens the sentence is its subject, past an age in brackets ('Salah satu korban, Hj. Sitti Rahmatia Daeng Caya (63), warga …,')",
            """
            Penipuan Telepon

            "Korbannya kebanyakan pensiunan," kata Andi Amiruddin, Rabu (16/9/2026).

            Salah satu korban, Hj. Sitti Rahmatia Daeng Caya (63), warga Kecamatan Panakkukang, kehilangan tabungan pensiun suaminya. Ia mengaku ditelepon seorang pria. "Saya kira betul dari bank," kata dia.
            """,
            "Saya kira betul", "Sitti Rahmatia Daeng Caya", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "guard: 'Salah satu tantangan menurutnya …' opens the paragraph with a thing, not someone unnamed; '-nya' is the person named before",
            """
            Produksi Padi Naik

            Kepala Dinas Pertanian Budi Santoso menilai produksi naik. "Panen bagus," kata Budi Santoso.

            Salah satu tantangan menurutnya adalah ketersediaan lahan. "Lahan ini yang sulit," ujarnya.
            """,
            "Lahan ini yang sulit", "Budi Santoso", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "guard: 'Another minister said …' then an uncued quotation is the unnamed minister's, not the holder of a minister's title",
            """
            Ministers split on plan

            Health Secretary Wes Streeting said the plan would work. "It will work," he said.

            Another minister said the plan was unworkable. "We cannot sell this."
            """,
            "We cannot sell this", "Another minister", SpeakerSource.EarlierMention, "Another minister"
        },
        {
            "guard: a list of people after a title ('Direktur Utama PT Amarta Karya Catur Prabowo, Trisna Sutisna, dan …') gives the title to no one after the comma",
            """
            KPK Tetapkan Tersangka

            KPK menetapkan tiga tersangka, yakni Direktur Utama PT Amarta Karya Catur Prabowo, Trisna Sutisna, dan Pandhit Seno Aji.

            "Kami kooperatif," kata Dirut.
            """,
            "Kami kooperatif", "Catur Prabowo", SpeakerSource.EarlierMention, "Dirut"
        },
        {
            "an unnamed speaker who 'gave his name as' someone is that person ('said a lorry driver, who gave his name as Azlan')",
            """
            Malaysia targets diesel subsidy

            At a petrol station in Kota Kinabalu, drivers were divided. "If it's only to stop the smugglers, I don't mind," said a lorry driver, who gave his name as Azlan.
            """,
            "If it's only to stop", "Azlan", SpeakerSource.SameSentence, "Azlan"
        },
        {
            "'A volunteer who gave only his first name, Dale, said …' then 'he said': the name he gave",
            """
            Data centers sway county race

            Ruth Ellen Castellano, 67, watched the recount. "People out here don't want a generator humming," said Ruth Ellen Castellano.

            Not everyone saw it that way. A Whitlow volunteer who gave only his first name, Dale, said he believed tax revenue had kept property taxes down. "People will miss that money when it's gone," he said.
            """,
            "People will miss", "Dale", SpeakerSource.Pronoun, "he"
        },
        {
            "an organisation's head and the short form the article gave for the rest ('Kementerian PKP') is the body named in full",
            """
            Insentif PPN Rumah

            Kementerian Perumahan dan Kawasan Permukiman (PKP) menyatakan usulan perpanjangan insentif sedang dibahas. "Keputusan akan disampaikan sebelum akhir tahun," tulis Kementerian PKP dalam keterangan tertulis.
            """,
            "Keputusan akan disampaikan", "Kementerian Perumahan dan Kawasan Permukiman", SpeakerSource.EarlierMention, "Kementerian PKP"
        },
        {
            "a nickname in single quotes that is also a title's word ('Head') is the person's alias all the same",
            """
            Rock group's guitarist quits

            Brian 'Head' Welch told a radio station in California that his bandmates respected his decision. "I want to show it through my actions," added Welch.
            """,
            "I want to show it", "Brian Welch", SpeakerSource.EarlierMention, "Welch"
        },
        {
            "a nickname in double quotes inside a name is the person's alias, not a quotation that cuts the name",
            """
            Label chief steps down

            Music executive Antonio "LA" Reid said the label would miss its founder. "He is a rare talent," Reid said.
            """,
            "He is a rare talent", "Antonio Reid", SpeakerSource.EarlierMention, "Reid"
        },
        {
            "a title closed by a demonstrative that the article never gave anyone points back to the person named",
            """
            Golkar Targetkan Kursi Ketua DPRD

            Ketua DPD II Golkar Makassar Munafri Arifuddin menyinggung soal hilangnya kursi ketua DPRD.

            "Kami siapkan strategi," ujar Munafri.

            "Tentu salah satu target kita mengembalikan ini," lanjut Wali Kota Makassar ini.
            """,
            "Tentu salah satu", "Munafri Arifuddin", SpeakerSource.EarlierMention, null
        },
        {
            "the speaker's organisation and title before the name, with the verb after it",
            """
            BA profits fall as fuel costs rise

            British Airways reported lower profits on Monday.

            "For the year to March 2005, the total revenue outlook is slightly better," BA chairman Martin Broughton said.
            """,
            "For the year to March", "Martin Broughton", SpeakerSource.SameSentence, null
        },
        {
            "name particles and an ordinary word as the given name after a title",
            """
            BA profits fall as fuel costs rise

            Aviation analyst Nick Van den Brul of BNP Paribas described the results as "pretty modest".
            """,
            "pretty modest", "Nick Van den Brul", SpeakerSource.SameSentence, null
        },
        {
            "a pronoun after someone the article describes without a name, since the last person named",
            """
            Parties cold-call voters

            Labour and the Tories are calling people signed up to the register. A Labour Party spokesman told the BBC News website the party avoided those lists.

            "When we ask which party they will vote for, that is not marketing," he said.
            """,
            "When we ask which party", "A Labour Party spokesman", SpeakerSource.Pronoun, "he"
        },
        {
            "a quote that opens the sentence after another quote in its paragraph continues it, even after an unnamed speaker",
            """
            Dell answers the Mac Mini

            "This machine is for small businesses," a spokesman for Dell said. "I think we offer better value once you realise all the extras."
            """,
            "I think we offer", "a spokesman for Dell", SpeakerSource.Continuation, null
        },
        {
            "capitalised words before a subject's title, and a verb of opinion before the name, still make a pronoun's person",
            """
            Holmes back on form in Birmingham

            Double Olympic champion Kelly Holmes was back to her best as she won the 1,000m.

            The race was hard. "I'll probably be entered and make my mind up at the last minute," she said.

            The revenue will grow with 3G, thinks Paolo Pescatore, mobile industry specialist for IDC. "Wireless is a medium that is being exploited," he said.
            """,
            "I'll probably be entered", "Kelly Holmes", SpeakerSource.Pronoun, "she"
        },
        {
            "an organisation's word inside a name the article then uses alone, and -nya past a name in a subordinate clause",
            """
            Pengacara Sambut Penetapan Tersangka

            Kuasa hukum pelapor, Salim Jaya Siregar, menilai penyidik bekerja profesional. "Kami mengapresiasi kinerja penyidik," kata Salim.

            Salim mengatakan kliennya siap hadir. Setelah Rina Oktaviani ditetapkan sebagai tersangka, pihaknya memastikan akan mengawal kasus itu.

            "Kami akan mengawal proses hukum ini sampai selesai," ujarnya.
            """,
            "Kami akan mengawal", "Salim Jaya Siregar", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "the subject of a relative clause is the word before yang, not a name earlier in the sentence",
            """
            Polisi Periksa Unggahan Viral

            Kapolsek Cibeunying Kompol Dedi Kurnia mengatakan laporan sudah diterima. Pelapor menyebut Andi Pratama membuat unggahan yang menyinggung warga.

            "Kami masih mendalami unggahan itu," ujarnya.
            """,
            "Kami masih mendalami", "Dedi Kurnia", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "an ordinary word between a capitalised title and a surname is the given name",
            """
            Councils get funding deal

            Finance Minister Sue Hale said the settlement was a "good deal" for local government.

            "I have listened to the views of local authorities," Ms Hale said.
            """,
            "I have listened", "Sue Hale", SpeakerSource.EarlierMention, "Ms Hale"
        },
        {
            "a later description of someone described before without a name is the same unnamed speaker",
            """
            Postal ballots sent to wrong homes

            A spokesman for Thornbury Council said: "We have sent out the ballot papers."

            The Thornbury Council spokesman said: "Initially we had complaints from a couple of people."
            """,
            "Initially we had", "A spokesman for Thornbury Council", SpeakerSource.EarlierMention, null
        },
        {
            "a foreign university in an Indonesian title ends at the university's name, not at the person's",
            """
            Bursa Eropa Terkoreksi

            "Saya pikir itulah alasan tekanan pada ekuitas," tutur Profesor Ekonomi University of Chicago Randal Kroszner.
            """,
            "Saya pikir", "Randal Kroszner", SpeakerSource.SameSentence, null
        },
        {
            "an organisation named in full with its acronym in brackets, then by the acronym at the cue",
            """
            BPS Tunda Rilis Data Ekspor

            Jadwal rilis data ekspor impor Badan Pusat Statistik (BPS) berubah.

            "Dalam rangka meningkatkan kualitas data, kami merilis angka tetap di awal bulan," tulis BPS dalam keterangan resminya.
            """,
            "Dalam rangka", "Badan Pusat Statistik", SpeakerSource.EarlierMention, "BPS"
        },
        {
            "a listed company's tail with a full stop, its ticker in brackets and a second short name after atau",
            """
            Utang Emiten Tekstil Membengkak

            Masalah PT Sinar Rezeki Makmur Tbk. (SRMK) atau Sinartex belum terurai.

            "Grup telah memperoleh surat dukungan dari kreditur," tulis manajemen Sinartex.
            """,
            "Grup telah", "PT Sinar Rezeki Makmur Tbk", SpeakerSource.EarlierMention, null
        },
        {
            "a name after selain opens no subject, so -nya goes on to the speaker",
            """
            BPJS Dorong Skrining Kesehatan

            Deputi Direksi BPJS Kesehatan Lily Kresnowati menjelaskan manfaat program itu.

            Selain Prolanis, BPJS Kesehatan mendorong skrining riwayat kesehatan.

            "Melalui skrining, peserta bisa mengetahui risiko kesehatannya," jelasnya.
            """,
            "Melalui skrining", "Lily Kresnowati", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "an ampersand inside an agency's name, then a lower-case title and the person",
            """
            Ratings agency upgrades Russia

            "These improvements are so significant that they outweigh the political risk," wrote S&P credit analyst Helena Hessel.
            """,
            "These improvements", "Helena Hessel", SpeakerSource.SameSentence, null
        },
        {
            "a capitalised word that qualifies a lower-case title after the cue names the title's holder",
            """
            Brewer bids for winemaker

            "The board is not prepared to recommend the offer," said Southcorp chairman Brian Finn.
            """,
            "The board is not", "Brian Finn", SpeakerSource.SameSentence, null
        },
        {
            "replies and a colon, and a hyphenated qualifier before a surname",
            """
            Awards night in London

            British actor Clive Owen took best supporting actor. Celebrating his win, the Oscar-nominated Owen told reporters: "The whole award season is new to me."

            Asked about the tape, Mr Finegold replies: "No, I'm not offended."
            """,
            "The whole award", "Clive Owen", SpeakerSource.EarlierMention, null
        },
        {
            "a titled name with no verb after the quote's comma, and the agent right after a passive verb",
            """
            Survei Kinerja Kementerian

            "Berdasarkan grafik di atas, semua kementerian mendapatkan skor sedang," Direktur Riset Ali Noer Zaman, dalam rilis hasil survei, Sabtu (18/10/2025).

            Demikian disampaikan Gubernur Bank Indonesia Perry Warjiyo dalam konferensi pers. "Ketidakpastian pasar keuangan global tetap tinggi," ungkapnya.
            """,
            "Berdasarkan grafik", "Ali Noer Zaman", SpeakerSource.SameSentence, null
        },
        {
            "the agent right after a passive verb of speech is who a later -nya means",
            """
            BI Tahan Suku Bunga

            Demikian disampaikan Gubernur Bank Indonesia Perry Warjiyo dalam konferensi pers, Kamis (20/6/2024).

            "Ketidakpastian pasar keuangan global tetap tinggi," ungkapnya.
            """,
            "Ketidakpastian pasar", "Perry Warjiyo", SpeakerSource.Pronoun, "ungkapnya"
        },
        {
            "a bank's sharia unit written joined to its acronym is the organisation before the name",
            """
            Merger Bank Syariah

            "Setelah merger, bank hasil merger akan fokus wholesale," kata Direktur Utama BRIsyariah Ngatari.
            """,
            "Setelah merger", "Ngatari", SpeakerSource.SameSentence, null
        },
        {
            "a description, then the name between commas, then the verb, after the quote",
            """
            Syria moves chemical weapons

            "At the moment, the entire system is under the full control of the regime," a senior Israeli defense official, Amos Gilad, told Israel Radio.
            """,
            "At the moment", "Amos Gilad", SpeakerSource.SameSentence, null
        },
        {
            "a description that ends in the name, an age and a place with its region between commas before the verb",
            """
            Activists disrupt West End play

            Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, said: "I started my career in the shipyards."
            """,
            "I started my career", "Richard Weir", SpeakerSource.SameSentence, null
        },
        {
            "reported speech with a pronoun subject, then a quote with no cue, even after a later quote in the article",
            """
            Mining blasts shatter homes

            Former councillor Seabata Moeketsi said villagers had complained for years.

            "These leaders know exactly what is going on," Mr Moeketsi said.

            He added that some leaders now deny any agreement.

            "I have heard that there was money given to the chief."

            Another villager, Lipolelo Potobere, said: "We have been without water for three days."
            """,
            "I have heard", "Seabata Moeketsi", SpeakerSource.Pronoun, null
        },
        {
            "a quote alone after a short paragraph about she, and a hyphenated rank before the name",
            """
            Villagers count the cost

            "We breathe dust every day," Ms Molatjeng said.

            She has already been forced to sell her field.

            "It is heartbreaking. They put prices on our land."

            Major-Gen Gopaul Govender said the tweets were trending. "It was encouraging," Govender said.
            """,
            "It is heartbreaking", "Molatjeng", SpeakerSource.Pronoun, null
        },
        {
            "a hyphenated military rank is no part of the name",
            """
            Inquiry hears police evidence

            Major-Gen Gopaul Govender said the tweets were trending. "It was encouraging, appreciating the unrest," Govender said.
            """,
            "It was encouraging", "Gopaul Govender", SpeakerSource.EarlierMention, null
        },
        {
            "a fragment after another fragment of the same sentence takes the cue before the first",
            """
            Diplomat criticises candidate

            Bobby McDonagh called her criticisms of German defense spending "fatuous" and her comments on Nazi-era militarization "absurd."
            """,
            "absurd", "Bobby McDonagh", SpeakerSource.SameSentence, null
        },
        {
            "the cue in an earlier clause of the sentence's end, and a stray space after the opening mark",
            """
            Oman's launch site waits

            Sinwar is seen as a "hard-liner" even within Hamas, said Matthew Levitt, senior fellow at the Washington Institute.

            “ Space is hard,” said John Sheldon, the co-founder of a London-based consultancy.
            """,
            "hard-liner", "Matthew Levitt", SpeakerSource.SameSentence, null
        },
        {
            "a person of an institution, and an institution with of the in its name",
            """
            Street lights and safety

            "Light has kept people safe since humans began living together," said Teri Allery of North Dakota State University.

            The situation is "tense and volatile," the International Committee of the Red Cross said.
            """,
            "Light has kept", "Teri Allery", SpeakerSource.SameSentence, null
        },
        {
            "someone introduced with a relative clause, and a name after an introductory phrase, are who a later he means",
            """
            Trial hears state evidence

            She said the state was clutching at straws. The first witness was Hawks head Major-Gen Gopaul Govender, who led the investigation.

            "She was a person of interest long before July," he said.
            """,
            "She was a person", "Gopaul Govender", SpeakerSource.Pronoun, "he"
        },
        {
            "a participle after a comma shares the subject of the sentence's first verb of speech",
            """
            PayPal to cut 325 jobs

            Confirming this to Reuters, David Marcus said PayPal had to cut the jobs, saying: "You have a lot of duplication of roles."
            """,
            "You have a lot", "David Marcus", SpeakerSource.SameSentence, null
        },
        {
            "a possessive opens an appositive before the verb, and the quote after that sentence is its subject's",
            """
            Search for Cleopatra's tomb

            Zahi Hawass, Egypt's top archaeologist, believes the lovers were buried in the temple. "If this tomb is found, it will be one of the most important discoveries."
            """,
            "If this tomb", "Zahi Hawass", SpeakerSource.EarlierMention, null
        },
        {
            "a second verb after and shares the pronoun that opens the sentence",
            """
            Donor backs senator

            George Soros gives millions a year to groups. He funds a variety of gun control groups and has stated, "I'm very much against guns."
            """,
            "I'm very much", "George Soros", SpeakerSource.Pronoun, null
        },
        {
            "a US politician's party and state between commas is no speaker",
            """
            Legislature weighs trust funding

            "I think it's very unclear what the Legislature is going to do," said Rep. Brian King, D-Salt Lake City.
            """,
            "I think it's", "Brian King", SpeakerSource.SameSentence, null
        },
        {
            "a name after a description after the verb is who a later he means",
            """
            Red wine pill shows no benefit

            Not necessarily, said the senior author, Dr. Samuel Klein, a professor of medicine at Washington University. "We only show that healthy people get no benefits," he said.
            """,
            "We only show", "Samuel Klein", SpeakerSource.Pronoun, "he"
        },
        {
            "an English given name marks the person a she or he can stand for",
            """
            Candidate faces questions

            Catherine Connolly has dismissed questions about her links with other lawmakers. Bobby McDonagh, a former ambassador, criticised the tour.

            "It was guilt by association," she said.
            """,
            "It was guilt", "Catherine Connolly", SpeakerSource.Pronoun, "she"
        },
        {
            "a short name the article gave someone else in brackets is no part of the next name",
            """
            Sidang Sengketa Pemilu

            Mahkamah memeriksa saksi dari pemohon Anies Baswedan dan Muhaimin Iskandar (Amin).

            "Putusan dibuat setelah kampanye selesai," kata Ketua Tim Hukum Amin Bambang Widjojanto.
            """,
            "Putusan dibuat", "Bambang Widjojanto", SpeakerSource.SameSentence, null
        },
        {
            "a budget document's name ends with its year",
            """
            Beban Bunga Utang Naik

            "Dalam RAPBN tahun anggaran 2026, pembayaran bunga utang naik," tulis dokumen Buku II Nota Keuangan Beserta RAPBN 2026.
            """,
            "Dalam RAPBN", "Buku II Nota Keuangan Beserta RAPBN 2026", SpeakerSource.SameSentence, null
        },
        {
            "a capitalised kata after a quotation closed by a full stop",
            """
            Pasar Menunggu Stimulus

            Ahli strategi dari BCA, Arif Budiman mengibaratkan pasar seperti menunggangi macan. "Mengendarai harimau itu menyenangkan." Kata Budiman, dikutip dari Reuters.
            """,
            "Mengendarai harimau", "Arif Budiman", SpeakerSource.EarlierMention, null
        },
        {
            "a police rank spelled out is no part of the name",
            """
            Bus Terperosok di Jalur Selatan

            Kepala Satuan Lalu Lintas Polres Garut Ajun Komisaris Rudi Hartono menjelaskan kronologi kecelakaan itu.

            "Setelah melewati jalan lurus, bus oleng ke kiri," kata Rudi.
            """,
            "Setelah melewati", "Rudi Hartono", SpeakerSource.EarlierMention, "Rudi"
        },
        {
            "a ministry's short name before a one-word name the article uses alone",
            """
            Dana Pilkada untuk Protokol Kesehatan

            Pelaksana Tugas Direktur Jenderal Politik dan Pemerintahan Umum Kemendagri Suhartono menambahkan, aturan pencairan sedang disusun.

            "Jadi, nanti diatur lebih lanjut secara teknis oleh daerah," ujar Suhartono.
            """,
            "Jadi, nanti diatur", "Suhartono", SpeakerSource.SameSentence, null
        },
        {
            "a Roman numeral ends a company's name",
            """
            Pelabuhan Siap Layani Ekspor

            "Pemangku kepentingan harus bekerja sama," kata Direktur Utama Pelindo II Muhammad Arifin.
            """,
            "Pemangku kepentingan", "Muhammad Arifin", SpeakerSource.SameSentence, null
        },
        {
            "Wali Kota is a role, and the name after it no place",
            """
            Rumah Sakit Hampir Penuh

            Sementara itu, di Kota Tangerang, Wali Kota Arief Wibisono mengungkapkan, keterisian tempat tidur mencapai 87 persen.

            "Kapasitas bed di rumah sakit terus kami tambah," ujar Arief melalui siaran pers.
            """,
            "Kapasitas bed", "Arief Wibisono", SpeakerSource.EarlierMention, "Arief"
        },
        {
            "kata with its speaker between commas before a quotation",
            """
            IMF Dukung Negara Miskin

            Menteri Keuangan Sri Mulyani Indrawati hadir di Bogor pada Minggu.

            Untuk itu, kata Sri Mulyani, "IMF akan melakukan langkah untuk membantu negara-negara miskin."
            """,
            "IMF akan", "Sri Mulyani Indrawati", SpeakerSource.EarlierMention, null
        },
        {
            "he passes over a person the article shows to be a woman",
            """
            Inquiry Hears From Police Chief

            The first witness was unit head Thabo Nkosana, who was appointed in 2020.

            Lerato Mbeki wrote on her account that the unrest had been planned for weeks.

            "It was intelligence gathering at a high level," he said.
            """,
            "It was intelligence", "Thabo Nkosana", SpeakerSource.Pronoun, "he"
        },
        {
            "menurut with a noun of account before the name",
            """
            Jejak Kerajaan di Kawali

            Kami ditemani Pak Dadang, juru kunci situs, serta Bu Rina dari dinas pariwisata.

            Menurut penuturan Pak Dadang, prasasti itu berasal dari abad ke-14. "Dari enam prasasti yang ada di sini," ujarnya, "tiga masih bisa dibaca."
            """,
            "Dari enam prasasti", "Dadang", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a name after an active verb is its object, not the next verb's subject",
            """
            Jawa Tengah Dorong Industri Hijau

            Terkait ekonomi hijau, Luthfi memperkenalkan program Sinar Lestari sebagai langkah nyata mendorong industri berkelanjutan.

            "Negara lain tertarik karena kita sudah mulai," ujarnya.
            """,
            "Negara lain tertarik", "Luthfi", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "an ordinary word between an organisation's acronym and a one-word name is the given name",
            """
            Target IPO Tahun Depan

            "Kalau kita bicara IPO tahun depan itu 61 atau 62 ya," ujar Direktur Utama BEI Iman Rachmat dalam konferensi pers.
            """,
            "Kalau kita bicara", "Iman Rachmat", SpeakerSource.SameSentence, null
        },
        {
            "an -nya cue with nobody as subject goes to the person named last",
            """
            Saham Taro Masih Disuspensi

            Redaksi mencoba mengonfirmasi surat itu kepada Sekretaris Perusahaan Tiga Pilar Hadi Kurniawan dan ia membenarkannya. "Benar," ujarnya singkat.
            """,
            "Benar", "Hadi Kurniawan", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "the lawyer: a description the article never gave anyone goes to the person it is about",
            """
            Sprinter's lawyer seeks end to doping case

            The sprinter's lawyer has asked for the charges to be dropped. Marco Delaney has submitted new evidence to the tribunal.

            But Delaney said: "Everything shows that the charges should be dropped." The lawyer added that he had proof the authorities "knew" where the sprinter was.
            """,
            "knew", "Marco Delaney", SpeakerSource.EarlierMention, "lawyer"
        },
        {
            "an English capitalised title after an organisation's name: the organisation and the title are not the name",
            """
            Fed holds rates steady

            WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday.

            "We are prepared to adjust the stance of policy as appropriate," Fed Chair Jerome Powell told reporters.
            """,
            "We are prepared", "Jerome Powell", SpeakerSource.SameSentence, "Fed Chair Jerome Powell"
        },
        {
            "an English capitalised title after a department's name, with the cue before the name",
            """
            Tariffs to stay, Bessent says

            "Tariffs will stay until the deals are signed," said Treasury Secretary Scott Bessent.
            """,
            "Tariffs will stay", "Scott Bessent", SpeakerSource.SameSentence, "Treasury Secretary Scott Bessent"
        },
        {
            "the company: in English a one-word name that is no person's is the company meant",
            """
            Chip shares slide

            Shares of Nvidia fell 4 percent on Monday. "We see demand staying strong," the company said in a statement.
            """,
            "We see demand", "Nvidia", SpeakerSource.EarlierMention, "company"
        },
        {
            "an industry noun (the planemaker) refers back to the company, named with its legal suffix",
            """
            Boeing to cut jobs

            Boeing Co said on Monday it would cut 400 jobs in its commercial unit.

            "We are adjusting to demand," the planemaker said.
            """,
            "We are adjusting", "Boeing Co", SpeakerSource.EarlierMention, "planemaker"
        },
        {
            "a colon after the subject and a verb that is no verb of speech: the subject speaks",
            """
            Senate splits over Ukraine plan

            "This is a betrayal," said Rep. Alexandria Ocasio-Cortez (D-N.Y.). Sen. Lindsey Graham (R-S.C.) disagreed: "It is a good first step."
            """,
            "It is a good first step", "Lindsey Graham", SpeakerSource.SameSentence, null
        },
        {
            "an American title written short with a stop ('Gov.', 'Atty. Gen.', 'Maj. Gen.') is a title before the name, not a sentence's end nor the speaker",
            """
            Governor signs storm relief bill

            "We will rebuild every town," said Gov. Dana Whitfield of Vermont.

            "The money is there," Atty. Gen. Lena Morrow told reporters. Maj. Gen. Carl Pruitt said the Guard would stay. "Our soldiers are ready," Gen. Pruitt added.
            """,
            "We will rebuild", "Dana Whitfield", SpeakerSource.SameSentence, "Gov. Dana Whitfield"
        },
        {
            "an American title written short with a stop ('Atty. Gen.') is a title before the name",
            """
            State sues over relief funds

            "The money is there," Atty. Gen. Lena Morrow told reporters in Montpelier.
            """,
            "The money is there", "Lena Morrow", SpeakerSource.SameSentence, "Atty. Gen. Lena Morrow"
        },
        {
            "an American rank written short with a stop ('Maj. Gen.') is a rank before the name, which a later 'Gen.' and surname stand for",
            """
            Guard to stay in flooded towns

            Maj. Gen. Carl Pruitt said the Guard would stay until the roads reopen. "Our soldiers are ready," Gen. Pruitt added.
            """,
            "Our soldiers are ready", "Carl Pruitt", SpeakerSource.EarlierMention, "Gen. Pruitt"
        },
        {
            "[state-bodies]: in English a state's body after its country's possessive speaks as written ('China's foreign ministry said')",
            """
            China warns Japan over Taiwan remarks

            BEIJING, Dec 3 (Reuters) - China on Wednesday warned Japan over remarks by its prime minister about Taiwan.

            "Japan should stop interfering in China's internal affairs," China's foreign ministry said in a statement.

            The Chinese defence ministry said: "The army is ready."

            "We have lodged a protest," the foreign ministry said.
            """,
            "Japan should stop", "China's foreign ministry", SpeakerSource.SameSentence, "China's foreign ministry"
        },
        {
            "[state-bodies]: after a people's adjective ('The Chinese defence ministry said:'), without the article, not 'Chinese' alone",
            """
            China warns Japan over Taiwan remarks

            BEIJING, Dec 3 (Reuters) - China on Wednesday warned Japan over remarks by its prime minister about Taiwan.

                        The Chinese defence ministry said: "The army is ready."

            "We have lodged a protest," the ministry said.
            """,
            "The army is ready", "Chinese defence ministry", SpeakerSource.SameSentence, "Chinese defence ministry"
        },
        {
            "[state-bodies]: 'the foreign ministry said' is the body named before with all its words, not the ministry named last",
            """
            China warns Japan over Taiwan remarks

            BEIJING, Dec 3 (Reuters) - China on Wednesday warned Japan over remarks by its prime minister about Taiwan.

            "Japan should stop interfering in China's internal affairs," China's foreign ministry said in a statement.

            The Chinese defence ministry said the army was ready.

            "We have lodged a protest," the foreign ministry said.
            """,
            "We have lodged a protest", "China's foreign ministry", SpeakerSource.EarlierMention, "foreign ministry"
        },
        {
            "in English 'the person' after 'according to a person familiar with the matter' is the one described there, as described",
            """
            Tesla weighs new factory in India

            NEW DELHI, March 3 (Reuters) - Tesla is scouting sites for a factory in India, according to a person familiar with the matter.

            "The company has shortlisted three states," said the person, who was not authorized to speak publicly.
            """,
            "The company has shortlisted", "a person familiar with the matter", SpeakerSource.EarlierMention, "person"
        },
        {
            "in English 'The' before an honorific and a name ('The Rev. Al Sharpton said') opens a title, not an organisation's name",
            """
            Sharpton speaks at rally

            WASHINGTON — Thousands marched on Monday in the capital to demand new voting laws.

            The Rev. Al Sharpton said, "This is a start."
            """,
            "This is a start", "Al Sharpton", SpeakerSource.SameSentence, "Rev. Al Sharpton"
        },
        {
            "in English a person named between commas after an owner's possessive and a noun ('Williams's neighbor, Tom Becker, was less forgiving') is the subject 'he' goes on with, not the owner",
            """
            Storm leaves thousands without power

            ATLANTA — A powerful storm swept through Georgia on Tuesday, knocking out power to thousands.

            “I think,” said Marcia Williams, a resident of Decatur, “that we were lucky this time.”

            Williams’s neighbor, Tom Becker, was less forgiving. “They said that last time,” he said.
            """,
            "They said that last time", "Tom Becker", SpeakerSource.Pronoun, "he"
        },
        {
            "[firms]: a well-known company whose name carries no word for an organisation ('Google') is a company, which 'the company said' means, not the firm named before it",
            """
            U.S. sues Google over ad tech

            Analysts at Morgan Stanley said the case could take years.

            Google said in a blog post that the lawsuit "tries to pick winners and losers." "It would slow innovation," the company said.
            """,
            "It would slow innovation", "Google", SpeakerSource.EarlierMention, "company"
        },
        {
            "[outlet-nouns] note +document: 'the note said' speaks for the one who wrote 'in a note to clients'",
            """
            Oil prices rise on supply fears

            Analysts at Morgan Stanley said in a note to clients that prices could climb further. "We see upside risk to our forecast," the note said.
            """,
            "We see upside risk", "Morgan Stanley", SpeakerSource.EarlierMention, "note"
        },
        {
            "an honorific's gender picks between two people of one surname: 'Ms. Perez said' after 'Anna Perez' and 'her son, Luis Perez' is Anna",
            """
            Residents recall the night the river rose

            NEW ORLEANS — The water came faster than anyone expected, residents said on Sunday.

            “Then it was at the door,” said Anna Perez, 71.

            “We lost everything,” said her son, Luis Perez.

            “I keep thinking … what if?” Ms. Perez said.
            """,
            "I keep thinking", "Anna Perez", SpeakerSource.EarlierMention, "Ms. Perez"
        },
        {
            "a description's gender shows in the word before its hyphen: 'the mother-of-nine said' is the woman named before, not her son named in the sentence",
            """
            Jackson's mother defends him

            His mother Katherine Jackson told US TV network Fox News on Sunday that her pop star son told her he was innocent. "I believe that for one reason - I know his character," she said. Describing Mr Jackson as "a good person", the mother-of-nine said she feared he would not be given a fair trial.
            """,
            "a good person", "Katherine Jackson", SpeakerSource.EarlierMention, "mother-of-nine"
        },
        {
            "two name particles in a row stay in the name ('Ursula von der Leyen'), and after an honorific ('Ms. von der Leyen told reporters')",
            """
            Leaders meet in Beijing as trade tensions rise

            BEIJING — Chinese leader Xi Jinping met European Commission President Ursula von der Leyen on Thursday.

            “China is ready to work with Europe,” Mr. Xi said, according to state media.

            “We need a more balanced relationship,” Ms. von der Leyen told reporters afterward.
            """,
            "We need a more balanced", "Ursula von der Leyen", SpeakerSource.EarlierMention, "Ms. von der Leyen"
        },
        {
            "in English an acronym in capitals is no title that the tables write short ('The SEC said' is the regulator, not a secretary's title)",
            """
            SEC probes trades

            NEW YORK - The SEC is investigating the trades, people familiar with the matter said.

            "We take this seriously," the SEC said in a statement.
            """,
            "We take this seriously", "SEC", SpeakerSource.SameSentence, "SEC"
        },
        {
            "the description a sentence of speech opens with ends before its auxiliaries and the verb 'to' follows ('A Downing Street spokesman has declined to say …')",
            """
            Blair silent on pension plans

            A Downing Street spokesman has declined to say whether the prime minister backed the plans. He said: "There is a process going on."
            """,
            "There is a process going on", "A Downing Street spokesman", SpeakerSource.Pronoun, "He"
        },
        {
            "a number opens an unnamed speaker's description",
            """
            No deal yet in Ukraine talks

            "The talks were difficult," a senior U.S. official said, speaking on condition of anonymity.

            "There is no deal yet," two sources familiar with the matter said.
            """,
            "There is no deal yet", "two sources familiar with the matter", SpeakerSource.SameSentence, null
        },
        {
            "a role alias of two words (Kepala Negara) is the article's president",
            """
            Prabowo Minta Menteri Kerja Keras

            JAKARTA, KOMPAS.com - Presiden Prabowo Subianto meminta para menteri bekerja keras. "Rakyat menunggu," kata Prabowo di Istana.

            Kepala Negara juga meminta para menteri menjauhi korupsi. "Jangan main-main," tegas Kepala Negara.
            """,
            "Jangan main-main", "Prabowo Subianto", SpeakerSource.EarlierMention, "Kepala Negara"
        },
        {
            "a ministry's short name (Menteri ESDM) is the minister introduced by the full name with its conjunction",
            """
            Pasokan BBM Aman Jelang Natal

            "Kami siap," kata Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia, Senin (1/12/2025).

            Seusai rapat, Menteri ESDM menambahkan, "Pasokan aman sampai tahun baru."
            """,
            "Pasokan aman", "Bahlil Lahadalia", SpeakerSource.EarlierMention, null
        },
        {
            "a given name before the word the article calls the person by stays in the name",
            """
            Pasar Tradisional Dibuka Lagi

            Di Kabupaten Tangerang, Bupati Tangerang Paulus Rinaldo Sitompul menyambangi Pasar Cisoka, Senin (4/8/2025).

            Di sana, Rinaldo membagikan masker kepada pedagang.

            "Pedagang wajib memakai masker," kata Rinaldo.
            """,
            "Pedagang wajib", "Paulus Rinaldo Sitompul", SpeakerSource.EarlierMention, "Rinaldo"
        },
        {
            "a title, \"dari\" and the faction before the name: the person is the subject of the verb of speech",
            """
            Komisi V Bahas Anggaran Jalan Tol

            Sementara itu, Rudi Santosa masih tercatat sebagai anggota DPRD Provinsi Jambi.

            Ketua Komisi V DPR dari Fraksi Partai Demokrat Lasarus Wijaya mengatakan, rapat anggaran digelar sejak pekan lalu.

            "Rapat kami gelar tertutup karena menyangkut lelang," ujarnya.
            """,
            "Rapat kami gelar", "Lasarus Wijaya", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "someone introduced after a copula at the end of a sentence is who a later -nya means",
            """
            Pakar Kritik Libur Panjang

            Gubernur Jawa Tengah Ganjar Wibisono juga mengimbau warga tidak bepergian ke luar kota.

            Sejumlah pakar mempertanyakan keputusan itu. Salah satunya adalah Ketua Ikatan Ahli Kesehatan Masyarakat Indonesia Hermawan Saputra.

            Hal ini mengingat risiko penularan masih tinggi.

            "Libur panjang selalu diikuti lonjakan kasus," ujarnya.
            """,
            "Libur panjang", "Hermawan Saputra", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "according to a document: the organisation that issued it speaks",
            """
            Police union weighs new plan

            According to a statement from the Police Benevolent Association, the union "will review the details" before it votes.
            """,
            "will review the details", "Police Benevolent Association", SpeakerSource.SameSentence, null
        },
        {
            "the colloquial bilang is a verb of speech",
            """
            Harga Emas Masih Bisa Terkoreksi

            Head of Research Kiwoom Sekuritas Liza Camelia Suryanto berpendapat sebaliknya. Liza bilang, "Koreksi bisa terjadi kapan saja."
            """,
            "Koreksi bisa terjadi", "Liza Camelia Suryanto", SpeakerSource.EarlierMention, "Liza"
        },
        {
            "she: a name that shows no gender and no sign of a person gives way to the woman named before it",
            """
            Council tax rise 'reasonable'

            Finance Minister Sue Essex said it was a "good deal" for councils. The settlement includes money from the UK Treasury announced by Chancellor Gordon Brown. She said she was "confident that councils will keep rises low."
            """,
            "confident that councils", "Sue Essex", SpeakerSource.Pronoun, "She"
        },
        {
            "a lower-case title with its field and organisation, then a comma and the name: the person speaks",
            """
            Bank Sentral Terus Borong Emas

            "Pembelian emas masih berlanjut tahun ini," tutur analis dari WGC untuk bank sentral, Karen Lim, kepada CNBC International.
            """,
            "Pembelian emas masih", "Karen Lim", SpeakerSource.SameSentence, null
        },
        {
            "an organisation the article also names alone stands between the title and the person's name",
            """
            Warganet Ramai Bahas Debat Cawapres

            Pendiri Drone Kutilang Rudi Hartono Saputra mengunggah analisis percakapan soal debat semalam. Menurut analisis Drone Kutilang atas percakapan di X, sentimen terbelah.

            "Penyebutan kedua kandidat hampir setara," katanya.
            """,
            "Penyebutan kedua kandidat", "Rudi Hartono Saputra", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a subheading glued to its paragraph: the sentence starts again at a capitalised opener",
            """
            Pekan Olahraga Ditunda Setahun

            Rina Marlina, penanggung jawab arena dari Kementerian PUPR, mengatakan pekerjaan di dua arena terhambat.

            Lebih banyak waktu Secara terpisah, Wakil Ketua Komisi X DPR Dedi Kurniawan menyambut baik penundaan itu.

            "Penundaan satu tahun memberi waktu untuk persiapan," tuturnya kepada wartawan.
            """,
            "Penundaan satu tahun", "Dedi Kurniawan", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "a company the article writes after \"in\" is still a speaker where it says something",
            """
            Winemaker rejects brewer's bid

            The brewer bought an 18% stake in Kestrelvale on Monday. Analysts expect a higher offer.

            Kestrelvale said the takeover offer was "opportunistic".
            """,
            "opportunistic", "Kestrelvale", SpeakerSource.SameSentence, "Kestrelvale"
        },
        {
            "a participle of speech after a fragment quoted inside the sentence shares the sentence's subject",
            """
            Payments firm cuts 300 jobs

            The payments firm's president, Daniel Okafor, announced the cuts on Tuesday.

            Confirming this to Reuters, Okafor said the firm had to cut the jobs as the "law of diminishing returns" takes effect, saying: "You have a lot of duplication of roles."
            """,
            "You have a lot", "Daniel Okafor", SpeakerSource.EarlierMention, "Okafor"
        },
        {
            "a second verb of speech joined by dan shares the subject of the first",
            """
            Analis Ramal Bitcoin Turun

            Pada hari Senin, Kepala Investasi Halimun Capital Rudi Prasetyo mengatakan bahwa bitcoin bisa turun ke US$8.000, dan menambahkan bahwa sebagian besar kripto adalah "sampah belaka."
            """,
            "sampah belaka", "Rudi Prasetyo", SpeakerSource.SameSentence, null
        },
        {
            "a passive verb of speech names its speaker after it",
            """
            Bursa Kripto Rugi Besar

            Bursa itu menanam US$ 3 juta pada 2018 yang dikatakan Lunaria Labs pada saat itu dimaksudkan untuk membangun "sistem keuangan baru di blockchain".
            """,
            "sistem keuangan baru", "Lunaria Labs", SpeakerSource.SameSentence, null
        },
        {
            "an ordinary word opening a name inside a sentence is the given name",
            """
            Pendiri Koin Kripto Minta Maaf

            Ketika CEO Lunaria Labs, yakni Do Kwang mengatakan dia ingin membuat jaringan baru, harga koin terus turun.

            "Saya mengerti bahwa 72 jam terakhir sangat berat," ungkap Kwang.
            """,
            "Saya mengerti bahwa", "Do Kwang", SpeakerSource.EarlierMention, "Kwang"
        },
        {
            "a news outlet's name that looks like a person's is no antecedent for -nya",
            """
            Inflasi AS Diprediksi Naik

            Polling yang dilakukan Dow Jones memperkirakan inflasi AS akan mencapai 0,2%.

            Beralih ke domestik, ekonom Bank Sejahtera Raya Wulan Puspitasari memproyeksikan rupiah bergerak di angka Rp15.083 hingga Rp15.345. "Terutama merespon aksi pelaku pasar yang antisipatif," imbuhnya.
            """,
            "Terutama merespon", "Wulan Puspitasari", SpeakerSource.Pronoun, "imbuhnya"
        },
        {
            "a surname that is also an ordinary word, before the verb after a quote, is the person named in full",
            """
            Sally Ride dies at 61

            Sally Ride, the first American woman in space, died on Monday.

            "The thing that I will remember most about that flight is that it was fun," Ride said once.
            """,
            "The thing that I", "Sally Ride", SpeakerSource.EarlierMention, "Ride"
        },
        {
            "a participle of speech right after a fragment quoted inside the sentence",
            """
            Ruling party leader shifts on tax

            Opposition leader Nobuyuki Baba criticized Ishiba’s “change of stance,” saying, “He is deviating from what the people expect.”
            """,
            "He is deviating", "Nobuyuki Baba", SpeakerSource.SameSentence, null
        },
        {
            "Jr. is part of the name, and a surname that is also a title still names the person",
            """
            The Coliseum at 100

            The event had Martin Luther King Jr. as its keynote speaker. King said, “Now is the time to make real the promises of democracy.”
            """,
            "Now is the time", "Martin Luther King Jr.", SpeakerSource.EarlierMention, null
        },
        {
            "an age before a surname after the quote",
            """
            Singer quits boy band

            Charlie Simmonds held a press conference in London with bandmates Matt Willow and James Bourne.

            "This has been a really difficult decision," 19-year-old Simmonds revealed.
            """,
            "This has been", "Charlie Simmonds", SpeakerSource.EarlierMention, null
        },
        {
            "the N-year-old after the quote is the person the article is about",
            """
            Pole vaulter breaks world record

            Yelena Isinskaya set a new world mark of 4.88m to break her own record.

            "I'm so happy and I will do my best to break the 5m barrier soon," the 22-year-old told BBC Sport.
            """,
            "I'm so happy", "Yelena Isinskaya", SpeakerSource.EarlierMention, null
        },
        {
            "a place and a lower-case noun before the name after the verb",
            """
            Ireland name side for US test

            Easterby gets a rare start while David Humphries wins his 65th cap.

            "We have got to get the focus right on the day," said Ulster man Humphries.
            """,
            "We have got to", "David Humphries", SpeakerSource.EarlierMention, null
        },
        {
            "a month's name that ends a person's name after a rank",
            """
            Polisi Perketat Larangan Mudik

            Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar Ahmad Ramadhan mengatakan, larangan berlaku sejak Kamis.

            "Kami kedepankan penindakan persuasif," kata Ahmad.
            """,
            "Kami kedepankan", "Ahmad Ramadhan", SpeakerSource.EarlierMention, "Ahmad"
        },
        {
            "a brand with a digit before a name that opens with a month's name",
            """
            Korban Investasi Bodong Tuntut Ganti Rugi

            Dalam kesempatan yang sama, Kuasa Hukum Gempur Net89 Agustus Pandjaitan berharap agar manajemen segera membayar.

            "Kalau belum dibuka, kami imbau anggota bersabar," pungkasnya.
            """,
            "Kalau belum dibuka", "Agustus Pandjaitan", SpeakerSource.Pronoun, "pungkasnya"
        },
        {
            "a given name that opens names ends the organisation glued before it",
            """
            Sekolah Kurangi Jumlah Siswa per Kelas

            "Jumlah siswa di setiap kelas kami kurangi," ujar Wakil Kepala Sekolah SMA Negeri 1 Girimulyo Mohammad Imron.
            """,
            "Jumlah siswa di", "Mohammad Imron", SpeakerSource.SameSentence, null
        },
        {
            "the same given name as the last word of a name stays in it",
            """
            Ekonom Nilai Pasar Akan Bergejolak

            Direktur Eksekutif INDEF Tauhid Ahmad mengatakan pasar akan merespons kebijakan baru itu.

            "Saya kira pasti akan ada dinamika," terangnya.
            """,
            "Saya kira pasti", "Tauhid Ahmad", SpeakerSource.Pronoun, "terangnya"
        },
        {
            "two capitals after a rank are the name's initials, kept when the article goes on by the next word",
            """
            Polda Minta Warga Tidak Mudik

            Kepala Polda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak meminta warga tetap di rumah.

            "Ada sejumlah personel yang kami tugaskan," kata Panca.
            """,
            "Ada sejumlah personel", "RZ Panca Putra Simanjuntak", SpeakerSource.EarlierMention, "Panca"
        },
        {
            "two capitals after a company's closing word are the name's initials",
            """
            Waskita Beton Kaji Proyek Baru

            "Kami melihat peluang dari proyek ini," kata Direktur Utama PT Waskita Beton Precast Tbk FX Poerbayu Ratsunu di Surabaya.
            """,
            "Kami melihat peluang", "FX Poerbayu Ratsunu", SpeakerSource.SameSentence, null
        },
        {
            "after an organisation that closes with a place, the whole run is the name, though the article goes on by its second word",
            """
            Survei: Kepuasan Publik Tinggi

            "Angkanya cukup tinggi di angka 81,5 persen," kata Direktur Eksekutif Poltracking Indonesia Hanta Yuda Rasyid kepada wartawan.

            Yuda mengatakan kepercayaan masyarakat masih terjaga. "Dari 78,3 persen, itu ada beberapa catatan," jelasnya.
            """,
            "Dari 78,3 persen", "Hanta Yuda Rasyid", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "a word often in organisations' names opens the person's name right after an organisation the article writes alone",
            """
            Bank Nusa Sentosa Beberkan Strategi

            Laba yang dicatat Bank Nusa Sentosa naik. Direktur Keuangan Bank Nusa Sentosa Seng Hyup Kim mengatakan perusahaan mencapai target.

            "Pada segmen ritel kami akan membangun ekosistem," kata Kim.
            """,
            "Pada segmen ritel", "Seng Hyup Kim", SpeakerSource.EarlierMention, "Kim"
        },
        {
            "demikian and a written report before the person after the quote",
            """
            Banjir Rendam Purabaya

            "Sejak pukul 16.00 hujan deras mengguyur wilayah Purabaya dan sekitarnya," demikian laporan tertulis P2BK Purabaya Yanto Prayitno.
            """,
            "Sejak pukul 16.00", "Yanto Prayitno", SpeakerSource.SameSentence, null
        },
        {
            "a former office closed by a demonstrative after the cue is the person who held it",
            """
            Mantan Jaksa Dirikan Balai Latihan Kerja

            Silvia Rosalinda mendirikan balai latihan kerja untuk mantan narapidana di Pekanbaru.

            "Semoga niat baik kami ini diseriuskan," imbuh mantan Aspidum Kejaksaan Tinggi Riau itu.
            """,
            "Semoga niat baik", "Silvia Rosalinda", SpeakerSource.EarlierMention, null
        },
        {
            "according to, set off by commas inside the sentence before the quote",
            """
            Budget PCs reviewed

            A good basic PC that, according to Harlow Digest, has "superb upgrade potential".
            """,
            "superb upgrade potential", "Harlow Digest", SpeakerSource.SameSentence, null
        },
        {
            "a lower-case title, its team and university, then the person's name between commas",
            """
            Alat Deteksi Covid Diuji

            "Ada 1.600 subyek yang akan dilibatkan dalam uji diagnostik," kata anggota Tim Peneliti GeNose dari UGM, Dian Kusuma Nurputra, seusai bertemu Gubernur DIY.
            """,
            "Ada 1.600 subyek", "Dian Kusuma Nurputra", SpeakerSource.SameSentence, null
        },
        {
            "a sentence between two quotes whose verb of speech has another person for subject gives that person the turn",
            """
            Argentina recovers from its crisis

            "Tourism is helping," said entrepreneur Drayton Vance.

            "It was dire," said banker Carlos Baez Silva. "People have to deposit their money in the banks." Mr Vance, who grew up in Argentina, agreed. "If I have to save pesos there is not much problem."
            """,
            "If I have to save", "Drayton Vance", SpeakerSource.EarlierMention, null
        },
        {
            "a full name opening the sentence, then a comma and the title up to the verb: the person is the subject",
            """
            Harga Semen Naik

            Budi Santoso, Direktur Utama PT Sinar Abadi mengatakan, harga naik sejak awal bulan.

            "Kami terpaksa menaikkan harga," ujarnya.
            """,
            "Kami terpaksa", "Budi Santoso", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "two people joined by dan speak together, and -nya after them means both",
            """
            Laba Emiten Pangan Tergerus

            Dirut AISA Lim Aun Seng dan Direktur AISA Ernest Alto menjelaskan bahwa penyesuaian nilai obligasi diakibatkan restrukturisasi utang.

            "Grup telah melakukan pengujian atas perubahan kontraktual," katanya.
            """,
            "Grup telah melakukan", "Lim Aun Seng dan Ernest Alto", SpeakerSource.Pronoun, "katanya"
        },
        {
            "two people joined by and, then who and the verb, speak together",
            """
            Singer's new band plays first gig

            Less impressed were fellow students Ryan Crabbe and Gordon Rennie, who observed, "They're still not very inspiring."
            """,
            "They're still not", "Ryan Crabbe and Gordon Rennie", SpeakerSource.SameSentence, null
        },
        {
            "mereka after two people named together means both",
            """
            Saham Bank Dinilai Menarik

            Hal serupa dikatakan analis Sekuritas Raya, Andri Wijaya, dan Daniel Chong dalam risetnya. Andri dan Daniel menyoroti kinerja bank itu.

            "Biaya kredit turun menjadi 3,7 persen," papar mereka.
            """,
            "Biaya kredit turun", "Andri Wijaya dan Daniel Chong", SpeakerSource.Pronoun, "mereka"
        },
        {
            "a company named in 's with the word that closes it, then by its first word alone",
            """
            Winemaker rejects brewer's offer

            Australian winemaker Southbank has rejected a takeover offer from brewing giant Hartley's Group.

            Hartley's said the deal would create a global player with an "unrivalled" collection of wine brands.
            """,
            "unrivalled", "Hartley's Group", SpeakerSource.EarlierMention, null
        },
        {
            "unnamed analysts at a named firm after the quote",
            """
            Copper slides on demand worries

            Copper fell for a third day on Tuesday.

            "Demand from builders has not picked up," analysts at Harrow Capital wrote in a note to clients.
            """,
            "Demand from builders", "analysts at Harrow Capital", SpeakerSource.SameSentence, null
        },
        {
            "a firm's unnamed staff, the firm's name before the plural noun",
            """
            Copper slides on demand worries

            Copper fell for a third day on Tuesday.

            "Stocks in warehouses keep rising," Harrow Capital strategists said in a report.
            """,
            "Stocks in warehouses", "Harrow Capital strategists", SpeakerSource.SameSentence, null
        },
        {
            "according to after the quote names the speaker",
            """
            Senate vote delayed again

            The vote was pushed back to next week.

            "It is a mistake to wait," according to Senator Maria Delgado.
            """,
            "It is a mistake", "Maria Delgado", SpeakerSource.SameSentence, null
        },
        {
            "menurut after the quote names the speaker",
            """
            Harga Cabai Naik Lagi

            Harga cabai rawit naik di sejumlah pasar.

            "Pasokan dari petani berkurang," menurut Kepala Dinas Perdagangan Rina Marlina.
            """,
            "Pasokan dari petani", "Rina Marlina", SpeakerSource.SameSentence, null
        },
        {
            "a well-known short form of an organisation's name is the full name the article gives",
            """
            Central bank keeps rates on hold

            Markets waited for the US Federal Reserve's decision on Wednesday.

            "Inflation has eased but remains elevated," the Fed said in a statement.
            """,
            "Inflation has eased", "US Federal Reserve", SpeakerSource.EarlierMention, "Fed"
        },
        {
            "a short form of an organisation's name stays as written when the article never gives the full name",
            """
            Central bank keeps rates on hold

            Interest rates were left unchanged on Wednesday.

            "Inflation has eased but remains elevated," the Fed said in a statement.
            """,
            "Inflation has eased", "Fed", SpeakerSource.SameSentence, null
        },
        {
            "a senator's party and state after the name are not the speaker",
            """
            Border talks stall in the Senate

            Negotiators failed on Tuesday to reach a deal.

            "We are not there yet," said Senator Jane Holt, Republican of Oklahoma, who has led the talks.
            """,
            "We are not there yet", "Jane Holt", SpeakerSource.SameSentence, null
        },
        {
            "a senator's party and state between the name and a colon",
            """
            Border talks stall in the Senate

            Negotiators failed on Tuesday to reach a deal.

            Asked whether the talks would go on, Senator Tom Reyes, Democrat of Connecticut, said: "Of course they will."
            """,
            "Of course they will", "Tom Reyes", SpeakerSource.SameSentence, null
        },
        {
            "the official after an unnamed official who spoke in reported speech",
            """
            Border talks stall in the Senate

            "We are not there yet," said Senator Jane Holt, who has led the talks.

            A senior administration official, who spoke on the condition of anonymity, said the White House was open to changes. "We want a bill that works," the official said.
            """,
            "We want a bill", "A senior administration official", SpeakerSource.EarlierMention, "official"
        },
        {
            "it after a sentence whose subject was the company, with another firm named since",
            """
            Carmaker shares slide

            Shares in Norvik Motors Inc fell 5% on Thursday after its chief executive said prices would be cut again.

            Chief executive Anna Berg, who also chairs Helix Labs, said demand remained strong. The company said in a statement that deliveries would rise. "We remain confident in our plan," it said.
            """,
            "We remain confident", "Norvik Motors Inc", SpeakerSource.Pronoun, "it"
        },
        {
            "a name after an outlet noun is that outlet, which the magazine then refers to",
            """
            Singer tops earnings list

            Marlow earned more than any other pop star in 2004, beating Dana Fox in US magazine Silver Echo's annual list.

            "Marlow returned to centre stage after a decade away," the magazine reported.
            """,
            "Marlow returned", "Silver Echo", SpeakerSource.EarlierMention, null
        },
        {
            "a firm's name in ’s before a verb of speech is the name itself",
            """
            Camera maker's rating cut

            On Friday, Kestrel’s downgraded the camera maker's debt by one notch.

            In addition, Kestrel’s noted that phones meant a “cannibalization of demand” for cameras.
            """,
            "cannibalization", "Kestrel’s", SpeakerSource.SameSentence, null
        },
        {
            "a fragment after 'characterized … as' is the subject's partial quote",
            """
            Militia names new leader

            The group named a new leader on Tuesday. Ardania has characterized him as the "architect" of the raids.
            """,
            "architect", "Ardania", SpeakerSource.SameSentence, null
        },
        {
            "a fragment after 'to criticise' is the partial quote of the sentence's subject",
            """
            Court ruling looms

            The governor, Ron Avery, expects to lose. He used his radio show to criticise "reckless judges and lawyers" on Monday.
            """,
            "reckless judges", "Ron Avery", SpeakerSource.Pronoun, null
        },
        {
            "the role right before the verb is its subject, not a name in the clause before it",
            """
            Solar lights for the old town

            Mayor Anna Halvorsen opened the project. The council's economist Joseph Temba reveals that the council agreed to install 155 solar lights.

            Asked why Halvorsen decided to spend more than gas would cost, the economist replies, "Yes, it is expensive to install them."
            """,
            "Yes, it is expensive", "Joseph Temba", SpeakerSource.EarlierMention, null
        },
        {
            "the name after an opening 'Regarding …,' is the subject a later he refers to",
            """
            Trial of activist opens

            Her lawyer Tunde Okafor questioned the first witness, police colonel Marcus Bell, on Monday.

            Bell said the emails had been monitored for months.

            Regarding the emails, Okafor adopted a calm tone and said none of them broke the law. He said the state had "found nothing" in its first search.
            """,
            "found nothing", "Tunde Okafor", SpeakerSource.Pronoun, null
        },
        {
            "this person after an unnamed source who spoke in the last clause of a reported sentence",
            """
            Publisher splits in two

            Executives at Harbor Media were not surprised by the charges, which sped up the split, a person familiar with the thinking at the company said.

            "You don't get charges like this without warning," said this person, who could not comment on the record.
            """,
            "You don't get charges", "a person familiar with the thinking at the company", SpeakerSource.EarlierMention, null
        },
        {
            "a person credited after a dash",
            """
            What leaders say about leading

            Some quotations worth keeping.

            "Leadership cannot really be taught. It can only be learned." – Harold Grayson
            """,
            "Leadership cannot", "Harold Grayson", SpeakerSource.SameSentence, null
        },
        {
            "a participle after the quote keeps the speaker the sentence opened with",
            """
            Designers talk about games

            The panel met on Friday.

            Mira Chen observed "there is a big difference between a designer and a director," noting an important distinction between mechanics and experience.
            """,
            "there is a big difference", "Mira Chen", SpeakerSource.SameSentence, null
        },
        {
            "a moderator's title is not part of the name",
            """
            Designers talk about games

            The panel met on Friday. "We talk about pace, but we throw everything at the player," said Moderator Dan Pinehurst.
            """,
            "We talk about pace", "Dan Pinehurst", SpeakerSource.SameSentence, null
        },
        {
            "a quote after reported speech and one short sentence that names nobody",
            """
            Designers talk about games

            The panel met on Friday.

            Mira Chen observed that players remember games with peaks and valleys. Designers create acceleration. "Up and down. If I'm a dancer and always flat, it's boring."
            """,
            "Up and down", "Mira Chen", SpeakerSource.EarlierMention, null
        },
        {
            "chimed in is a verb of speech",
            """
            Designers talk about games

            The panel met on Friday. Amy Holt chimed in, "Like getting your feet wet in a puddle."
            """,
            "Like getting your feet", "Amy Holt", SpeakerSource.SameSentence, null
        },
        {
            "a word describing the title before the speaker's name after the quote",
            """
            Walking on a wire

            "An intellectual challenge presents itself, and I am in bliss," high-wire artist Pierre Valette writes in his new book.
            """,
            "An intellectual challenge", "Pierre Valette", SpeakerSource.SameSentence, null
        },
        {
            "-nya after reported speech goes to who reported it, not to a person the paragraph tells about",
            """
            Pelapor Korupsi Dijerat Pasal ITE

            "Kami akan terus mengawal kasus ini," kata peneliti ICW Dani Saputra, Jumat (30/5/2025).

            Dani mengatakan, proses pidana itu membuat pelapor rentan dikriminalisasi. Sebab, nama Rudi Hartono bisa mencuat setelah melaporkan dugaan korupsi itu.

            "Yang perlu dievaluasi adalah kebocoran informasi pelapor," tegasnya.
            """,
            "Yang perlu dievaluasi", "Dani Saputra", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "a hamlet is a place, not a person a later -nya can mean",
            """
            Jembatan Darurat Hanyut

            "Benar, jembatan darurat itu hanyut," kata Kepala Pelaksana BPBD Boyolali, Sutarno, Selasa (21/10/2025).

            Jembatan tersebut menghubungkan Dukuh Pringsewu dengan Dukuh Wulan Asri.

            "Warga tidak sampai terisolir," jelasnya.
            """,
            "Warga tidak sampai", "Sutarno", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "a given name that is also a word opens the name at the start of a paragraph when the article uses it alone",
            """
            Pajak Disita

            Subur Santoso, Kepala Seksi Penagihan Kanwil DJP Jawa Tengah II, menjelaskan target penagihan tahun ini Rp 176 miliar.

            "Sita hanya salah satu upaya," kata Subur.
            """,
            "Sita hanya salah", "Subur Santoso", SpeakerSource.EarlierMention, "Subur"
        },
        {
            "an Indonesian article keeps a firm's 's, and the firm's first word is the firm",
            """
            Peringkat Utang Emiten Properti Dipangkas

            Lembaga pemeringkat internasional, Moody's Investors Service, menurunkan peringkat utang perseroan.

            "Kami memperkirakan pendapatan perseroan turun tahun ini," tulis Moody's dalam laporannya.
            """,
            "Kami memperkirakan pendapatan", "Moody's Investors Service", SpeakerSource.EarlierMention, "Moody's"
        },
        {
            "a credit rating is no part of the company's name after it",
            """
            Peringkat Utang Emiten Properti Dipangkas

            PT Graha Sentosa Land Tbk (GSLA) mendapat penurunan peringkat menjadi Caa1. Peringkat Caa1 GSLA mencerminkan likuiditas yang ketat.

            "Pembatasan ini mengakibatkan perlambatan penjualan," tulis manajemen GSLA.
            """,
            "Pembatasan ini mengakibatkan", "PT Graha Sentosa Land Tbk", SpeakerSource.EarlierMention, "GSLA"
        },
        {
            "an organisation's title set off by a comma from the person's name after the cue",
            """
            Browser for the blind

            Vela has released a browser for people with poor sight. Vela said it would be free.

            "Our mission was always to provide the best experience for everyone," said Vela spokeswoman, Berit Lunde.
            """,
            "Our mission was always", "Berit Lunde", SpeakerSource.SameSentence, "Berit Lunde"
        },
        {
            "the outlet after dikutip is where the words were reported, not who said them",
            """
            Harga Emas Diproyeksi Naik

            Menurut Kepala Riset Pepperline, Chris Walton, masih terlalu cepat untuk memproyeksikan harga emas naik.

            "Idealnya, saya menunggu satu dari tiga kriteria terpenuhi," kata Walton dikutip Kitco, Selasa (2/3/2021).
            """,
            "Idealnya, saya menunggu", "Chris Walton", SpeakerSource.EarlierMention, "Walton"
        },
        {
            "an organisation's name with an acronym in brackets whose letters are another language's",
            """
            Lembaga Internasional Ingatkan Risiko Utang

            Jakarta - Dana Moneter Internasional (IMF) memperingatkan Indonesia terhadap risiko utang perusahaan.

            "Rasio utang perusahaan memang terbilang tinggi," tulis IMF dalam laporannya.
            """,
            "Rasio utang perusahaan", "Dana Moneter Internasional", SpeakerSource.EarlierMention, "IMF"
        },
        {
            "a quote inside a quote in straight marks does not end the outer quote",
            """
            Kripto Anjlok Lagi

            "Bedanya, tidak ada pemain besar yang memakai "posisi yang sangat berpengaruh" pada tahun 2017," kata Carla Alexandra, profesor keuangan di Universitas Sussex.
            """,
            "Bedanya, tidak ada", "Carla Alexandra", SpeakerSource.SameSentence, "Carla Alexandra"
        },
        {
            "a person after 'and' with a verb of their own is the subject a later 'he' goes on with",
            """
            Owens delighted with display

            Michael Owens inspired a 3-1 win over Real Betis on Wednesday by scoring the first goal.

            Midfielder Eddo reduced the deficit after half-time. Victory took Real to within six points of leaders Barcelona and Owens is confident Real can close the gap.

            He added: "We had several chances against Betis."
            """,
            "We had several chances", "Michael Owens", SpeakerSource.Pronoun, "He"
        },
        {
            "a title qualified by a club's or place's name after the verb is whoever holds it",
            """
            Fergusson hails United's resolve

            Manchester United's Alan Fergusson has praised his players after the 1-0 win at Aston Villa.

            "That was our hardest away game of the season," said the Old Trafford boss.
            """,
            "That was our hardest", "Alan Fergusson", SpeakerSource.EarlierMention, "boss"
        },
        {
            "where a person is from, before the name, is no part of it",
            """
            Apple sued over iPod music

            Californian Thomas Slatter claims Apple broke antitrust laws.

            "Apple has turned an open market into a closed one," said Mr Slatter.
            """,
            "Apple has turned", "Thomas Slatter", SpeakerSource.EarlierMention, "Mr Slatter"
        },
        {
            "a quote right after a sentence that opens with a person named in full, with no verb of speech, is theirs",
            """
            Is the Mac Mini a revolution?

            So is the Mac Mini just another computer? Graham Barlowe, editor of Mac Monthly, understandably has a partisan viewpoint. "It's just a Mac, but we should be very excited."
            """,
            "It's just a Mac", "Graham Barlowe", SpeakerSource.EarlierMention, "Graham Barlowe"
        },
        {
            "the subject after an opening clause with an age in commas, then a participle of speech after 'she'",
            """
            Solar streetlights help Lindi traders

            It is around 8pm but Asha Mrisho is still busy with her business.

            While Asha, 36, is waiting for another customer, Mariam Malibe has just handed over her customers to a guest house.

            She passes in the street confidently, knowing nothing can harm her, because there is light insisting, "Evils disappear when there is light."
            """,
            "Evils disappear when", "Mariam Malibe", SpeakerSource.Pronoun, "She"
        },
        {
            "dirinya as a subject is the person before it, not a title-and-company inside the apposition",
            """
            Dividen Emiten Pangan

            Antoni Salimin, Direktur Utama dan CEO Indopangan sekaligus CEO IPBP mengatakan, dirinya mengucapkan terima kasih kepada berbagai pihak. "Saya menyampaikan apresiasi kepada para pemegang saham," ujarnya dalam keterangan tertulis.
            """,
            "Saya menyampaikan apresiasi", "Antoni Salimin", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a person who opens a sentence of their own after reported speech is the one 'he' goes on with",
            """
            Jonas joins United

            Coach Alan Smith said the club had agreed terms with Tom Jonas. Tom Jonas signed a three-year deal on Friday.

            "I am delighted to be here," he said.
            """,
            "I am delighted", "Tom Jonas", SpeakerSource.Pronoun, "he"
        },
        {
            "a quote after a sentence about someone not introduced with a description is not given to them",
            """
            Pelaku Pembunuhan Ditangkap

            "Kami akan tindak lanjuti," kata Kapolres AKBP Budi Hartono.

            Joko Santoso ditangkap di rumahnya di Bekasi pada Senin (3/4) malam.

            "Pelaku kami jerat pasal 340 KUHP."
            """,
            "Pelaku kami jerat", null, SpeakerSource.None, null
        },
        {
            "a closing mark after a comma closes a quote that holds a quoted word",
            """
            Warga Protes Penggusuran

            "Mereka menyebut kami "pengkhianat," kata Budi Santoso. "Itu tidak benar," tambahnya.
            """,
            "Mereka menyebut kami", "Budi Santoso", SpeakerSource.SameSentence, "Budi Santoso"
        },
        {
            "a middle initial that is also an honorific (H.) inside a name stays in the name",
            """
            Sanken Ulang Tahun

            General Manager Sanken, Esmond H. Tirtajasa mengatakan bahwa Sanken bangga menjadi perusahaan elektronik.

            "Dimulai dari hal kecil hingga sudah besar," ujarnya.
            """,
            "Dimulai dari hal", "Esmond H. Tirtajasa", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "Kongres, like Senat and Parlemen, is an organisation's head, not the start of the leader's name",
            """
            Demo di Peru

            Boluarte dicopot dari jabatan presiden, demikian diumumkan oleh pemimpin Kongres Jose Jeri, dilansir AFP.

            "Saya menyesalkan kematian seorang warga," kata Presiden Jeri dalam pernyataan via media sosial X.
            """,
            "Saya menyesalkan", "Jose Jeri", SpeakerSource.EarlierMention, "Presiden Jeri"
        },
        {
            "an unnamed speaker ends before the outlet that carried the words",
            """
            Sukuk Global

            "Komunitas keuangan Islam benar-benar muncul untuk kesepakatan ini," kata seorang bookrunner dikutip dari Reuters, Kamis (3/6/2021).
            """,
            "Komunitas keuangan", "seorang bookrunner", SpeakerSource.SameSentence, "seorang bookrunner"
        },
        {
            "a Malaysian title with an apostrophe (Dato' Sri) is no part of the name",
            """
            Bank Mayapada

            Pemilik PT Bank Mayapada Tbk (MAYA), Dato' Sri Tahir angkat suara terkait isu pinjaman.

            "Nggak ada comment, itu urusan nasabah," kata Dato' Sri Tahir.
            """,
            "Nggak ada comment", "Tahir", SpeakerSource.SameSentence, null
        },
        {
            "a place with 'The' before it, or in its possessive, is no speaker, nor a demonym alone",
            """
            Newest EU members underpin growth

            The eight central European states which joined the EU last year will see 4.6% growth, the United Nations Economic Commission for Europe (UNECE) said.

            On Monday, Germany's BdB private banks association said the German economy would struggle. The UK economy, on the other hand, is expected to slow in 2005.

            "The orderly reversal of the deficit is a major challenge for policy makers," it noted.
            """,
            "The orderly reversal", "BdB", SpeakerSource.Pronoun, "it"
        },
        {
            "memperingatkan is a verb of speech: the partial quote after it is the warner's",
            """
            Ramalan Hawking

            Stephen Hawking, fisikawan legendaris, pernah mengeluarkan ramalan mengerikan tentang nasib Bumi. Dalam berbagai kesempatan, ia memperingatkan bahwa planet ini bisa berubah menjadi "bola api raksasa" akibat ulah manusia.
            """,
            "bola api raksasa", "Stephen Hawking", SpeakerSource.Pronoun, "ia"
        },
        {
            "attacked is a verb of speech: a quoted word after it is the attacker's",
            """
            Britney attacks tabloids

            Pop star Britney Spears has attacked "false" and "desperate" US tabloid magazines, questioning their honesty.
            """,
            "desperate", "Britney Spears", SpeakerSource.SameSentence, "star Britney Spears"
        },
        {
            "'he' after a sentence of speech that opens with a title goes to the title's holder, over someone named since",
            """
            Unions ballot on strike

            BBC correspondent Stephen Cape said the combined unions represented "a formidable force".

            Deputy Prime Minister John Prescott held a private meeting with senior union figures on Thursday night. Our correspondent said that he understood no deal had been offered in that meeting. There was "some possibility" of the strike action being avoided, he added.
            """,
            "some possibility", "Stephen Cape", SpeakerSource.Pronoun, "he"
        },
        {
            "a name with an honorific before a comma is the person's own, not a title for a name after it",
            """
            Russia limits foreign stakes

            Company spokesman Glenn Waller said Exxon still considered the deal valid. According to Mr Waller, Exxon "were not planning to bid at a new tender anyway".
            """,
            "were not planning", "Glenn Waller", SpeakerSource.EarlierMention, "Mr Waller"
        },
        {
            "a description naming a work and closed by tersebut points back to the person already named",
            """
            Elektabilitas Anies

            Secara umum, lanjut Saiful Mujani, Anies dinilai oleh pemilih kita lebih Islam.

            "Ini satu faktor yang membuat Anies tidak mudah berkembang secara elektoral," jelas penulis buku Muslim Demokrat tersebut.
            """,
            "Ini satu faktor", "Saiful Mujani", SpeakerSource.EarlierMention, null
        },
        {
            "in Indonesian news an English given name opens a foreign analyst's two-word name after a firm's name",
            """
            Bitcoin Anjlok

            Kepala Investasi Guggenheim Scott Minerd mengatakan bitcoin bisa turun menjadi US$8.000 dan menyebutnya "sampah."
            """,
            "sampah", "Scott Minerd", SpeakerSource.Pronoun, null
        },
        {
            "a given name that is Indonesian too, or a particle, does not split an Indonesian name",
            """
            Razia PKL

            Kepala Satpol PP Kota Medan Muksin Al Fachry mengatakan razia digelar tiap pekan. Wakil Ketua Komisi X DPR Dede Yusuf Macan Effendi menilai razia perlu.

            "Paling sering ditemui pelanggaran di pasar," kata Muksin.

            "Razia harus manusiawi," kata Dede.
            """,
            "Razia harus", "Dede Yusuf Macan Effendi", SpeakerSource.EarlierMention, null
        },
        {
            "a European given name opens a foreign economist's name after a one-word firm in Indonesian news",
            """
            Lira Anjlok

            "Ini semua tentang pemisahan antara AS dan seluruh dunia," kata Kepala Ekonom Axa Gilles Moec.
            """,
            "Ini semua tentang", "Gilles Moec", SpeakerSource.SameSentence, null
        },
        {
            "a closing mark after a comma glued to the cue verb closes the quote",
            """
            Konferensi Bandung

            Andrea Benvenuti menulis buku tentang Konferensi Asia Afrika.

            Dalam membangun gagasan untuk peradaban dunia ini, Indonesia menemukan kesejalanannya dengan India.

            "Indonesia tidak ingin memusuhi RRT dan karena itu berpihak pada India dan Burma,"tulis Benvenuti.
            """,
            "Indonesia tidak ingin", "Andrea Benvenuti", SpeakerSource.EarlierMention, "Benvenuti"
        },
        {
            "a surname misspelt by one letter is the person named in full",
            """
            Juninho wants to stay at Celtic

            Juninho's agent Brian Hassell says the Brazilian is unhappy with his lack of first-team action.

            "I know there is interest from a Brazilian club," said Hassel. Hassall made the trip to Glasgow on Monday.
            """,
            "I know there is interest", "Brian Hassell", SpeakerSource.EarlierMention, "Hassel"
        },
        {
            "Tim before a surname the article uses alone is a given name, not a team",
            """
            Manuver Apple

            Di tengah memanasnya tensi dagang, CEO Apple Tim Cook justru mengambil langkah berani.

            Cook menyampaikan apresiasi dan menyatakan Apple akan "meningkatkan investasi" di China.
            """,
            "meningkatkan investasi", "Tim Cook", SpeakerSource.EarlierMention, "Cook"
        },
        {
            "a surname that is a place keeps its possessive inside a name",
            """
            Washington returns

            Actor Denzel Washington's new film opens today.

            "It is my best work," said Washington.
            """,
            "It is my best work", "Denzel Washington", SpeakerSource.EarlierMention, "Washington"
        },
        {
            "a name with an s added is another person's, not a misspelling",
            """
            Williams wins

            Serena Williams won the final. Prince William watched from the royal box.

            "It was a great match," said William.
            """,
            "It was a great match", "William", SpeakerSource.SameSentence, "William"
        },
        {
            "a name with its last letter changed is another person's, not a misspelling",
            """
            Korban Dampingi Psikolog

            Kapolsek Cilandak Kompol Susanto memimpin olah TKP. Psikolog Rina Susanti mendampingi korban.

            "Kami masih menyelidiki," kata Susanto.
            """,
            "Kami masih menyelidiki", "Susanto", SpeakerSource.SameSentence, "Susanto"
        },
        {
            "a quoted word's closing mark glued to an ordinary word does not close the quote around it",
            """
            Polri Bantah Hoaks

            "Mereka menyebutnya "hoaks,"dan kami membantahnya," ujar Juru Bicara Polri Trunoyudo.
            """,
            "Mereka menyebutnya", "Trunoyudo", SpeakerSource.SameSentence, null
        },
        {
            "Dato' Seri is a title, not the speaker",
            """
            Anwar di Jakarta

            Perdana Menteri Malaysia Dato' Seri Anwar Ibrahim tiba di Jakarta.

            "Kami siap bekerja sama," kata Dato' Seri Anwar Ibrahim.
            """,
            "Kami siap bekerja sama", "Anwar Ibrahim", SpeakerSource.SameSentence, null
        },
        {
            "a party written with a capital inside (NasDem) is one organisation's name, not a person's two words",
            """
            Elektabilitas Anies

            Selain itu, tambah Saiful Mujani, kampanye tentang perubahan semakin kuat. NasDem, misalnya, sebagai partai yang mendukung Anies terlihat semakin jauh dengan pemerintah.

            "Posisi ekonomi-politiknya tidak sejalan dengan pemilih," pungkasnya.
            """,
            "Posisi ekonomi-politiknya", "Saiful Mujani", SpeakerSource.Pronoun, "pungkasnya"
        },
        {
            "a brand written with a capital inside (CoinDesk) is not split into two words",
            """
            Bitcoin turun

            "Harga turun tajam pekan ini," tulis CoinDesk.
            """,
            "Harga turun", "CoinDesk", SpeakerSource.SameSentence, "CoinDesk"
        },
        {
            "an Indonesian name with an English middle name stays whole when the article uses its first word alone",
            """
            Insentif Fiskal

            Kepala Badan Kebijakan Fiskal Febrio Nathan Kacaribu menjelaskan insentif pajak tahun ini.

            "Tujuannya adalah untuk memberikan perlindungan," kata Febrio.
            """,
            "Tujuannya adalah", "Febrio Nathan Kacaribu", SpeakerSource.EarlierMention, "Febrio"
        },
        {
            "Al as an English given name before a surname that is also a word",
            """
            Russia limits foreign stakes

            "It's not good. But it is very understandable," said Al Breach, an economist at UBS Brunswick.
            """,
            "It's not good", "Al Breach", SpeakerSource.SameSentence, "Al Breach"
        },
        {
            "'our correspondent' is the correspondent the article named",
            """
            Unions ballot on strike

            BBC correspondent Stephen Cape said the combined unions represented "a formidable force" in the run-up to the election.

            Deputy Prime Minister John Prescott held a private meeting with senior union figures on Thursday night. There was "some possibility" of the strike action being avoided, our correspondent added.
            """,
            "some possibility", "Stephen Cape", SpeakerSource.EarlierMention, "correspondent"
        },
        {
            "a Balinese birth-order name opens the person's name after a party",
            """
            DPR Soroti Dana Talangan Garuda

            "Dulu kejadian dana talangan kasus Century, kita tahu bagaimana akhirnya," kata politisi Partai Demokrat Putu Supadma Rudana.
            """,
            "Dulu kejadian", "Putu Supadma Rudana", SpeakerSource.SameSentence, "politisi Partai Demokrat Putu Supadma Rudana"
        },
        {
            "an indefinite title with no name is kept as the text describes the speaker",
            """
            Venezuela Seizes Ranch

            The Vestey Group said it had owned the land since 1920. But a spokesman added: "Agroflora is absolutely confident that its title is legal."
            """,
            "Agroflora is absolutely", "a spokesman", SpeakerSource.SameSentence, "a spokesman"
        },
        {
            "a definite title qualified by a party's name is the person just named",
            """
            Kennedy Offers Hope

            Voters will have a clear choice between the politics of fear and the politics of hope, said Charles Kennedy.

            In his New Year message the Liberal Democrat leader said Labour and the Conservatives relied on "populist scares".
            """,
            "populist scares", "Charles Kennedy", SpeakerSource.EarlierMention, null
        },
        {
            "a definite title over several modifiers is the person just named",
            """
            Peers Debate Succession

            Lord Dubs urged the government to think again. During the debate, the Labour peer and former minister said: "The monarchy should symbolise the values of this country."
            """,
            "The monarchy should", "Dubs", SpeakerSource.EarlierMention, null
        },
        {
            "an outlet that quoted someone as saying: the one quoted speaks",
            """
            Madagascar Completes Currency Switch

            "It's above all a question of sovereignty," Reuters quoted a central bank official as saying. "It is symbolic of our independence."
            """,
            "It's above all", "a central bank official", SpeakerSource.SameSentence, "a central bank official"
        },
        {
            "a DJ's title is no part of her name",
            """
            Radio 1 Names New Presenters

            Former Radio 1 DJ Lisa I'Anson said she was "glad to be out" of the station.
            """,
            "glad to be out", "Lisa I'Anson", SpeakerSource.SameSentence, null
        },
        {
            "a Balinese title keeps the words between it and the birth-order name",
            """
            Turnamen Sepak Bola Usia Dini Digelar di Bali

            Founder Mytisi IFC Bali, I Gusti Agung Putu Nuaba, mengatakan empat negara ikut serta.

            "IFC ini sesi kedua," kata Agung Nuaba dalam konferensi pers.
            """,
            "IFC ini sesi kedua", "I Gusti Agung Putu Nuaba", SpeakerSource.EarlierMention, "Agung Nuaba"
        },
        {
            "quoted by an outlet as saying, in the passive: the subject speaks",
            """
            Qantas Considers Offshore Option

            Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could no longer remain "all-Australian".
            """,
            "all-Australian", "Geoff Dixon", SpeakerSource.SameSentence, null
        },
        {
            "a company's disclosure speaks for the company, named with its bracketed tail",
            """
            Garuda Perpanjang Jatuh Tempo Sukuk

            Jakarta, CNBC Indonesia - PT Garuda Indonesia (Persero) Tbk (GIAA) memperpanjang jatuh tempo sukuk globalnya.

            Berdasarkan keterbukaan informasi yang dirilis perusahaan, proses permohonan persetujuan telah selesai. "Oleh karenanya, proposal dan amandemen telah menjadi efektif," tulis keterbukaan informasi tersebut.
            """,
            "Oleh karenanya", "PT Garuda Indonesia (Persero) Tbk", SpeakerSource.EarlierMention, "keterbukaan informasi"
        },
        {
            "a former office closed by a demonstrative, over a bracketed tail, is the person just named",
            """
            DPR Soroti Dana Talangan Garuda

            Direktur Utama Garuda Indonesia Irfan Setiaputra menegaskan pihaknya bakal mengembalikan dana itu tepat waktu.

            "Kita prediksi 2 sampai 5 tahun konsensus," sebut mantan Dirut PT Inti (Persero) ini.
            """,
            "Kita prediksi", "Irfan Setiaputra", SpeakerSource.EarlierMention, null
        },
        {
            "the minutes of a meeting speak for the body that met",
            """
            Rupiah Tertekan Jelang Data Inflasi AS

            Harga emas dunia naik tipis ke US$ 1.780 per troy ons pekan ini.

            "Dengan inflasi yang masih jauh di atas tujuan jangka panjang Komite, sebagian besar peserta melihat risiko kenaikan," ungkap risalah dalam pertemuan FOMC.
            """,
            "Dengan inflasi", "FOMC", SpeakerSource.SameSentence, null
        },
        {
            "a currency's capitals are no organisation",
            """
            Sri Lanka Terjerat Utang China

            China juga meminta jatah ekspor produk mereka ke Sri Lanka senilai US$ 3,5 miliar.

            "Dari awal, kecerobohan meminjam dari China membuat negara itu di titik ini," tulis media itu.
            """,
            "Dari awal", "media", SpeakerSource.SameSentence, null
        },
        {
            "a quote closed with a comma right before another takes that one's cue",
            """
            Plafon Utang AS Disepakati

            Presiden AS Joe Biden dan Ketua DPR AS Kevin McCarthy mengadakan pertemuan. Hal ini diperkuat dengan pernyataan McCarthy. "Saya pikir pada akhirnya kami tidak akan mengalami default," "Kesepakatan lebih lanjut kemungkinan pada akhir minggu," kata McCarthy.
            """,
            "Saya pikir pada akhirnya", "Kevin McCarthy", SpeakerSource.Continuation, null
        },
        {
            "a quote closed with a comma after another speaker's quote stays theirs",
            """
            Factory Output Rises

            "Many investors think inflation won't be a problem yet," Cary Leahy, senior US economist at Deutsche Bank, said. "So there is still a lot of slack in the manufacturing sector," "Overall I'd say manufacturing continues to improve," said Steven Wieting of Citigroup.
            """,
            "So there is still", "Cary Leahy", SpeakerSource.Continuation, null
        },
        {
            "the person a relative clause of speech hangs on",
            """
            Games Ratings Call

            Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: "You wouldn't let your child watch the Texas Chainsaw Massacre."
            """,
            "You wouldn't let", "Tessa Jowell", SpeakerSource.SameSentence, null
        },
        {
            "a relative clause after an apposition hangs on the person before it",
            """
            Brown Profile

            His dedication was underlined by Princess Marguerite, the eldest daughter of ex-King Michael of Romania, who said a relationship with him was "politics, politics, politics".
            """,
            "politics, politics", "Marguerite", SpeakerSource.SameSentence, null
        },
        {
            "a titled organisation set off by a comma from the person's own name",
            """
            Inflasi Global Diperkirakan Tetap Tinggi

            "Kemungkinan inflasi akan tetap lebih tinggi dari 2 persen," kata dosen ekonomi senior di Universitas Sheffield Hallam, Alexander Tziamalis, kepada Al Jazeera.
            """,
            "Kemungkinan inflasi", "Alexander Tziamalis", SpeakerSource.SameSentence, null
        },
        {
            "a one-word firm after a title, then the field after untuk, then the person",
            """
            Pasar Asia Menanti Pembukaan China

            "Kecuali pembukaan yang sangat mengganggu ini, saya pikir pasar akan berkembang dengan baik," kata Kepala Ekonom Natixis untuk Asia Pasifik Alicia Garcia-Herrero.
            """,
            "Kecuali pembukaan", "Alicia Garcia-Herrero", SpeakerSource.SameSentence, null
        },
        {
            "an Indonesian plural in the headline is no part of a name",
            """
            Menanti Menteri-menteri Prabowo Tunggangi Maung

            Para menteri akan memakai kendaraan buatan dalam negeri. "Dan sebentar lagi saudara-saudara semua akan melihat," kata Prabowo.
            """,
            "Dan sebentar lagi", "Prabowo", SpeakerSource.SameSentence, null
        },
        {
            "he after a sentence of speech that opens with a conjunction and an unnamed speaker",
            """
            Party Spending Revealed

            Much of the UKIP funding came from Yorkshire millionaire Sir Paul Sykes. But a UKIP spokesman said Labour and the Conservatives had spent far more. "With the advantages of public money the others have, the only way is buying advertising," he added.
            """,
            "With the advantages", "a UKIP spokesman", SpeakerSource.Pronoun, "he"
        },
        {
            "a name the trailing cue passes over is no antecedent after it",
            """
            Pasar Asia Menanti Pembukaan China

            "Kecuali pembukaan yang sangat mengganggu ini, pasar akan berkembang," kata Kepala Ekonom Natixis untuk Asia Pasifik Alicia Garcia-Herrero.

            "Saya akan mengatakan begitu orang melihat ujung terowongan," tambahnya.
            """,
            "Saya akan mengatakan", "Alicia Garcia-Herrero", SpeakerSource.Pronoun, "tambahnya"
        },
        {
            "an outlet glued to a word after the cue's person is no speaker",
            """
            Banjir di Kaligawe

            Salah satu pengemudi ojol asal Genuk, Wawan (35), mengaku banjir di Jalan Kaligawe sudah mulai sejak Selasa malam.

            "Ini sudah hujan dari kemarin sore jam 16.00 WIB, ini mulai banjir dari 20.00 WIB malam tadi," kata Wawan kepadadetikJatengdi lokasi, Rabu (22/10).
            """,
            "Ini sudah hujan", "Wawan", SpeakerSource.SameSentence, "Wawan"
        },
        {
            "a name the speaker quotes inside the quote, said to himself, does not exclude him",
            """
            Prabowo Rindu Alphard

            "Presidenmu pakai jip buatan Indonesia," kata Prabowo.

            Berkelakar, Prabowo sempat berpikir menggunakan mobil Alphard saat melakukan kunjungan incognito.

            "Kemarin saya berangkat, saya pakai Alphard, enak juga ini ya, tapi eets... 'Prabowo, ingat kamu Presiden Republik Indonesia, harus beri contoh' ya sudah pakai Maung terus," ucapnya.
            """,
            "Kemarin saya berangkat", "Prabowo", SpeakerSource.Pronoun, "ucapnya"
        },
        {
            "an indefinite article before a title and the name of its holder",
            """
            Wales Beat England

            "People all over the world want to see Wales back at the top table of world rugby," said a proud coach Mike Ruddock.
            """,
            "People all over", "Mike Ruddock", SpeakerSource.SameSentence, null
        },
        {
            "an unnamed description, then the person's name set off by a comma",
            """
            Warga Lansia Kesulitan Bertahan

            "Saya tidak pernah menyangka akan hidup untuk melihat hari seperti ini," ujar seorang lansia, Colleen Hoffman (69), kepada AFP.
            """,
            "Saya tidak pernah", "Colleen Hoffman", SpeakerSource.SameSentence, null
        },
        {
            "quoted as saying, over a firm's name and a title, to the person",
            """
            Qantas Considers Offshore Option

            "We're going to have to get the lowest cost structure we can," the newspaper quoted Qantas chief executive Geoff Dixon as saying.
            """,
            "We're going to have", "Geoff Dixon", SpeakerSource.SameSentence, null
        },
        {
            "a quote followed by from and a person",
            """
            Clarke To Press On With ID Cards

            New Home Secretary Charles Clarke has vowed to plough on with plans for ID cards despite a call for him to "pause for thought" from Charles Kennedy.

            The Lib Dem leader said the resignation was a "good opportunity" to question whether the legislation was necessary.
            """,
            "pause for thought", "Charles Kennedy", SpeakerSource.SameSentence, null
        },
        {
            "the party's leader, after the quote from him, is the same person",
            """
            Clarke To Press On With ID Cards

            New Home Secretary Charles Clarke has vowed to plough on with plans for ID cards despite a call for him to "pause for thought" from Charles Kennedy.

            The Lib Dem leader said the resignation was a "good opportunity" to question whether the legislation was necessary.
            """,
            "good opportunity", "Charles Kennedy", SpeakerSource.EarlierMention, null
        },
        {
            "a title and a name side by side, then the title alone",
            """
            Da Vinci Code is 'lousy history'

            The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a "great thriller" but "lousy history".

            Writing his Christmas message in the Northern Echo, the Bishop said: "Conspiracy theories are always fun to invent."
            """,
            "Conspiracy theories", "Tom Wright", SpeakerSource.EarlierMention, "Bishop"
        },
        {
            "said the title of a body, then the holder after a comma",
            """
            Blair Rejects Exam Overhaul

            "It will be a tragedy if the government comes through with a half-hearted response," said the chairman of the Commons education select committee, Labour MP Barry Sheerman.
            """,
            "It will be a tragedy", "Barry Sheerman", SpeakerSource.SameSentence, "Labour MP Barry Sheerman"
        },
        {
            "a firm's possessive, however it is written, before the name",
            """
            Ebay Helps Recycle Old Computers

            "We really became aware of the e-waste issue," eBay's David Stern told the BBC News website.
            """,
            "We really became aware", "David Stern", SpeakerSource.SameSentence, null
        },
        {
            "a firm's possessive after the cue verb, before the name",
            """
            Halo 2 Breaks Records

            Halo 2 has broken video game records, with pre-orders of more than 1.5 million in the US alone.

            "Halo 2 is projected to bring in more revenue than any movie," said Xbox's Peter Moore.
            """,
            "Halo 2 is projected", "Peter Moore", SpeakerSource.SameSentence, null
        },
        {
            "a Balinese name opens at its first prefix, after the title's organisation",
            """
            Unud Bantah CCTV Rusak

            "CCTV kami berfungsi dengan baik," kata Ketua Unit Komunikasi Publik Universitas Udayana Ni Nyoman Dewi Pascarani.
            """,
            "CCTV kami berfungsi", "Ni Nyoman Dewi Pascarani", SpeakerSource.SameSentence, null
        },
        {
            "a Balinese name whose 'I' opens it before another prefix",
            """
            Pariwisata Bali Siap Sambut Libur Akhir Tahun

            "Kami siap," kata Kepala Dinas Pariwisata Provinsi Bali I Made Ardana.
            """,
            "Kami siap", "I Made Ardana", SpeakerSource.SameSentence, null
        },
        {
            "a country between a role and the name is the role's, not the name's",
            """
            Spanyol Dukung Penyelidikan

            "Kami mendukung penyelidikan ini," kata Menteri Luar Negeri Spanyol José Manuel Albares.
            """,
            "Kami mendukung penyelidikan", "José Manuel Albares", SpeakerSource.SameSentence, null
        },
        {
            "an office named by its head's title is an organisation, its country and all",
            """
            Spanyol Akan Selidiki Pelanggaran HAM

            Misi tim investigasi ini, menurut Kantor Jaksa Agung Spanyol, akan "mengumpulkan bukti dan menyediakannya".
            """,
            "mengumpulkan bukti", "Kantor Jaksa Agung Spanyol", SpeakerSource.SameSentence, null
        },
        {
            "the outlet that carried the words and the day, set off by commas, are no subject",
            """
            Kemlu Keluarkan Imbauan

            Kementerian Luar Negeri, seperti dilansir AFP, Kamis (18/9/2025), mengatakan bahwa pihaknya telah "mengeluarkan imbauan perjalanan".
            """,
            "mengeluarkan imbauan", "Kementerian Luar Negeri", SpeakerSource.SameSentence, null
        },
        {
            "a firm named by an English closing word is no person a later -nya can mean",
            """
            Harga Minyak Tertekan

            Pasar minyak mengamati sentimen, kata Vandana Hari, pendiri penyedia analisis pasar minyak Vanda Insights.

            "Rebound yang kuat tidak akan terjadi," tambahnya.
            """,
            "Rebound yang kuat", "Vandana Hari", SpeakerSource.Pronoun, "tambahnya"
        },
        {
            "a short written form of Abdul opens the name",
            """
            PN Palu Batalkan Status Tersangka

            Sementara itu, kuasa hukum HM, Abd Aan Achbar mengatakan, kliennya ditetapkan tersangka.

            "Putusan hakim membatalkan penetapan tersangka," kata Aan.
            """,
            "Putusan hakim membatalkan", "Abd Aan Achbar", SpeakerSource.EarlierMention, "Aan"
        },
        {
            "a short role in the headline is no part of the name the body gives alone",
            """
            Instruksi Wawalkot Erwin untuk Antisipasi Banjir di Bandung

            Erwin meminta warga membersihkan saluran air sebelum musim hujan.

            "Ada beberapa titik sampah yang sekarang ini menumpuk," katanya.
            """,
            "Ada beberapa titik", "Erwin", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a name right before a sentence that lost its full stop",
            """
            Pemerintah Waspadai Taper Tantrum

            "Kita pernah belajar dari fenomena terdahulu," jelas Menteri Keuangan Sri Mulyani Indrawati Hal senada juga diungkapkan Gubernur BI Perry Warjiyo.
            """,
            "Kita pernah belajar", "Sri Mulyani Indrawati", SpeakerSource.SameSentence, null
        },
        {
            "an article and a word of mood before someone named in full",
            """
            Beattie Sent Off At Chelsea

            Everton striker James Beattie was sent off for a headbutt on William Gallas.

            An angry Beattie initially said: "He would have stayed down a lot longer if I had headbutted him."
            """,
            "He would have stayed down", "James Beattie", SpeakerSource.EarlierMention, null
        },
        {
            "an adverb between the name and the cue verb",
            """
            U2 Top The Charts

            U2 were managed from 1978 by Paul McGuinness.

            "They were brilliant, but very coarse," McGuinness recently said.
            """,
            "They were brilliant", "Paul McGuinness", SpeakerSource.EarlierMention, "McGuinness"
        },
        {
            "two titles joined by an ampersand before the name",
            """
            Pfizer Umumkan Hasil Uji Vaksin

            "Hasil pertama dari uji klinis fase tiga mengindikasikan kemampuan vaksin kami," ujar Chairman & CEO Pfizer Albert Bourla dalam pernyataannya.
            """,
            "Hasil pertama dari uji", "Albert Bourla", SpeakerSource.SameSentence, null
        },
        {
            "a title and its field in lower case before the name and the verb",
            """
            Indian Airlines Expand

            "The days of flying being a symbol of only maharajas or the rich are over," the minister for civil aviation Praful Patel said earlier.
            """,
            "The days of flying", "Praful Patel", SpeakerSource.SameSentence, null
        },
        {
            "a Balinese noble's name opens at Anak Agung, after an office's list of fields",
            """
            Duta Sekolah Denpasar Dilantik

            Kepala Dinas Pendidikan, Pemuda, dan Olahraga (Disdikpora) Denpasar Anak Agung Gede Wiratama mengatakan para duta ini terdiri dari perwakilan sekolah.

            "Jadi, siswa inilah yang kami tumbuhkan potensinya," kata Wiratama.
            """,
            "Jadi, siswa inilah", "Anak Agung Gede Wiratama", SpeakerSource.EarlierMention, "Wiratama"
        },
        {
            "IGN, the short form of I Gusti Ngurah, opens the name",
            """
            Denpasar Tata Sampah

            "Agar kita mewujudkan kota yang bersih," kata Wali Kota Denpasar IGN Jaya Negara.
            """,
            "Agar kita mewujudkan", "IGN Jaya Negara", SpeakerSource.SameSentence, null
        },
        {
            "a participle of speech after a comma has the sentence's subject, not the person after its verb",
            """
            Ishiba Rules Out Illegal Use of Party Funds

            Democratic Party for the People leader Yuichiro Tamaki urged the prime minister to pledge that the LDP will not use the funds.

            But Prime Minister Shigeru Ishiba brushed Tamaki off, saying only, "We won't use the funds in any way that is illegal."
            """,
            "We won't use the funds", "Shigeru Ishiba", SpeakerSource.SameSentence, null
        },
        {
            "a country's name that is also a given name stays in the name",
            """
            Israel Ancam Balas Serangan

            "Kami akan membalas," kata Menteri Pertahanan Israel Israel Katz kepada wartawan.
            """,
            "Kami akan membalas", "Israel Katz", SpeakerSource.SameSentence, null
        },
        {
            "a short form of Muhammad inside a name after a title keeps the given name before it",
            """
            Dinsos Sulsel Salurkan Bantuan

            "Bantuan sudah kami salurkan," kata Kepala Dinas Sosial Sulsel Kamaruddin Muh Amin.
            """,
            "Bantuan sudah kami", "Kamaruddin Muh Amin", SpeakerSource.SameSentence, null
        },
        {
            "a day that opens the words before the title and name is no aside of its own",
            """
            Polisi Tangkap Pelaku Curanmor

            Dikonfirmasi, Senin (3/11/2025) Kapolres Bogor AKBP Rio Wahyu Anggoro, mengatakan pelaku "sudah kami amankan".
            """,
            "sudah kami amankan", "Rio Wahyu Anggoro", SpeakerSource.SameSentence, null
        },
        {
            "a word of mood before a surname two people in the article share names neither",
            """
            Murray Brothers Reach Final

            Andy Murray and his brother Jamie Murray both won on Friday.

            "It was a very special day," a tearful Murray said.
            """,
            "It was a very special", "a tearful Murray", SpeakerSource.SameSentence, null
        },
        {
            "a peeress's title is an honorific: Baroness Boothroyd is Betty Boothroyd",
            """
            Boothroyd Attacks Lords Plan

            Former Commons Speaker Betty Boothroyd has criticised the plan.

            "It is a pretty poor show," Baroness Boothroyd said.
            """,
            "It is a pretty poor show", "Betty Boothroyd", SpeakerSource.EarlierMention, null
        },
        {
            "an ampersand inside a firm's name stays in the name",
            """
            INKP Terbitkan Obligasi

            PT Indah Kiat Pulp & Paper Tbk (INKP) menerbitkan obligasi senilai Rp 3 triliun.

            "Bunga Obligasi dibayarkan setiap 3 (tiga) bulan," tulis perseroan dalam prospektus.
            """,
            "Bunga Obligasi dibayarkan", "PT Indah Kiat Pulp & Paper Tbk", SpeakerSource.EarlierMention, null
        },
        {
            "a view expressed in quoted words",
            """
            Opposition Grows To House Arrests

            The Conservatives have expressed "serious misgivings" about government plans for keeping terror suspects under house arrest.
            """,
            "serious misgivings", "Conservatives", SpeakerSource.SameSentence, null
        },
        {
            "a verb of speech in the passive is no cue: the one who reports it speaks",
            """
            Fox Attacks Labour Record

            Earlier, Dr Liam Fox had said Labour's rule had been characterised by "lost trust and failure to deliver".
            """,
            "lost trust and failure", "Liam Fox", SpeakerSource.SameSentence, null
        },
        {
            "an Indonesian name that ends in an initial, set off by commas after the title",
            """
            Cabai Picu Inflasi Riau

            "Cabai menjadi pemicu utama inflasi," kata Asisten II Setdaprov Riau, Apollonius Andwie C, Selasa (7/10/2025).

            "Pemerintah berkomitmen menjaga stabilitas harga," tutup Apollonius.
            """,
            "Pemerintah berkomitmen", "Apollonius Andwie C", SpeakerSource.EarlierMention, "Apollonius"
        },
        {
            "a verb of speech in the progressive after 'been' is a cue",
            """
            Farage Claims Reform Surge

            Mr Farage has been saying for months that Reform is "the real opposition".
            """,
            "the real opposition", "Farage", SpeakerSource.SameSentence, null
        },
        {
            "a passive verb of speech with its agent after 'by'",
            """
            Giggs On His Exit

            Giggs said he had been told by Moyes: "You're not part of my plans."
            """,
            "You're not part of my plans", "Moyes", SpeakerSource.SameSentence, null
        },
        {
            "a verb of speech in a clause that qualifies a noun is no cue",
            """
            Council Concerns

            Council leader Amy Jones met Transport Secretary Louise Haigh.

            Jones said the concerns Haigh voiced in her letter were "misplaced".
            """,
            "misplaced", "Amy Jones", SpeakerSource.EarlierMention, null
        },
        {
            "a list after a person's name is no list of the office's fields",
            """
            BI Pantau Ketidakpastian Global

            Menurut Gubernur Bank Indonesia Perry Warjiyo, Amerika Serikat dan China masih menjadi sumber ketidakpastian. "Kami terus memantau perkembangan global," ujarnya.
            """,
            "Kami terus memantau", "Perry Warjiyo", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "the title of someone whose client is named is no title of the client",
            """
            Combs In Court

            Sean Combs appeared in court in New York on Tuesday.

            "My client denies all charges," the attorney for rapper Sean Combs said.
            """,
            "My client denies", null, SpeakerSource.None, null
        },
        {
            "a participle after a clause about someone else is that person's",
            """
            Hero Of The Flight

            James Hughes sat next to Peter Wood on the flight.

            Hughes remembered that Wood grabbed his arm, saying: "Please look after my wife."
            """,
            "Please look after", "Peter Wood", SpeakerSource.EarlierMention, null
        },
        {
            "Baron as a given name or in a surname is no honorific",
            """
            Borat Star Speaks

            Actor Sacha Baron Cohen returned to the stage.

            "I'm not Borat, I promise," Baron Cohen said.
            """,
            "I'm not Borat", "Sacha Baron Cohen", SpeakerSource.EarlierMention, null
        },
        {
            "a Roman numeral I in an organisation's name is no Balinese prefix",
            """
            DPR Minta Penjelasan

            "Kami minta penjelasan," kata Ketua Komisi I DPR Budi Santoso.
            """,
            "Kami minta penjelasan", "Budi Santoso", SpeakerSource.SameSentence, null
        },
        {
            "a cue ending in a colon introduces the next quote, not the one before",
            """
            Connors Boost For British Tennis

            "Britain has the right attitude," said Connors. "A short-term arrangement is just confusing. The kids will ask: 'What am I doing there?'" LTA chief executive, John Crowther, added: "The relationship has started well."
            """,
            "A short-term arrangement", "Connors", SpeakerSource.Continuation, null
        },
        {
            "after a question, a capitalised name and a perfect tense open the next sentence",
            """
            Connors Boost For British Tennis

            LTA performance director David Felgate told BBC Sport: "Jimmy was fantastic with the players. "And why would he stake his reputation on something that's not going to be successful?" Connors has also agreed to commentate for the BBC.
            """,
            "And why would he", "David Felgate", SpeakerSource.Continuation, null
        },
        {
            "after a question, the subject and its verb of speech are the cue",
            """
            Court Rejects Film Ban

            "If you have not gone against the book, then how can you go against the law?" Mr Kashyap's lawyer Mihir Desai said.
            """,
            "If you have not gone", "Mihir Desai", SpeakerSource.SameSentence, null
        },
        {
            "a firm's name after a lower-case title, before an opening given name",
            """
            Wall Street Melemah

            "Pasar saham AS sudah memasukkan faktor perlambatan ekonomi," tutur penasihat ekonomi kepala Allianz Mohamed El-Erian kepada CNBC International.
            """,
            "Pasar saham AS", "Mohamed El-Erian", SpeakerSource.SameSentence, null
        },
        {
            "a well-known short form of two words, set off by commas after the cue verb",
            """
            Evergrande Mengguncang Pasar

            Pada hari Senin, Federal Reserve (the Fed), bank sentral AS, mengatakan masalah di sektor properti China dapat mengancam Amerika Serikat. Fokus regulasi atas utang korporasi yang diluncurkan Beijing, kata The Fed, "memiliki potensi untuk menekan beberapa perusahaan yang berutang banyak."
            """,
            "memiliki potensi", "Federal Reserve", SpeakerSource.EarlierMention, null
        },
        {
            "a person of a country, after the article named him",
            """
            Spurs Ease Into Quarter-Finals

            Tottenham boss Martin Jol was pleased with the win over Nottingham Forest.

            "We had the initiative but it wasn't easy," the Dutchman said.
            """,
            "We had the initiative", "Martin Jol", SpeakerSource.EarlierMention, "Dutchman"
        },
        {
            "a person called by their age at the verb of speech, after the article named them",
            """
            Molik Through To Fourth Round

            After a tough first set, Alicia Molik grew in confidence and won in just 56 minutes. She will now meet Venus Williams.

            "Bring it on," said the 23-year-old.
            """,
            "Bring it on", "Alicia Molik", SpeakerSource.EarlierMention, "23-year-old"
        },
        {
            "a person's age and a demonym noun at the verb of speech",
            """
            Wenger Relaxed About Contract

            Arsenal manager Arsene Wenger spoke to reporters on Friday.

            "I am happy here," the 55-year-old Frenchman said.
            """,
            "I am happy here", "Arsene Wenger", SpeakerSource.EarlierMention, "55-year-old Frenchman"
        },
        {
            "a description by age that opens a sentence of its own is no speaker; the pronoun after it is the person named",
            """
            Bates Seals Takeover

            Ken Bates has completed his takeover of Leeds United.

            The 73-year-old former Chelsea chairman sealed the deal on Friday. He said: "I'm delighted to be stepping up at such a fantastic club."
            """,
            "I'm delighted", "Ken Bates", SpeakerSource.Pronoun, "He"
        },
        {
            "a noun for the firm's people before one for the firm is the company the article is about",
            """
            Wika Terbitkan Obligasi dan Sukuk

            PT Wijaya Karya Tbk menerbitkan obligasi dan sukuk senilai Rp 2,5 triliun.

            "Dana yang diperoleh akan digunakan seluruhnya untuk modal kerja," tulis manajemen perusahaan dalam prospektusnya.
            """,
            "Dana yang diperoleh", "PT Wijaya Karya Tbk", SpeakerSource.EarlierMention, "manajemen perusahaan"
        },
        {
            "a firm's title and the name before the verb, with the firm as a possessive after 'the'",
            """
            Rapper Films Music Video In Jail

            A local group said he should not be working behind bars.

            "He is a suspect in a murder case," the group's president Beverly Siemssen said.
            """,
            "He is a suspect", "Beverly Siemssen", SpeakerSource.SameSentence, "president Beverly Siemssen"
        },
        {
            "an occupation from the roles table before the name, with a word describing it",
            """
            UK Firm Faces Venezuelan Land Row

            Officials claim that Agroflora does not possess valid documents proving its ownership of the land.

            "The legal boundaries did not match up with the actual boundaries," state prosecutor Alexis Ortiz told Reuters.
            """,
            "The legal boundaries", "Alexis Ortiz", SpeakerSource.SameSentence, "prosecutor Alexis Ortiz"
        },
        {
            "an occupation after 'the' and a place describing it is someone the article named",
            """
            Relay Squad Thrilled With Honours

            Darren Campbell was made an MBE. Campbell agreed the honour capped a difficult year.

            "I think the MBE is important because the people closest to me know my journey," said the Newport-based athlete.
            """,
            "I think the MBE", "Darren Campbell", SpeakerSource.EarlierMention, "athlete"
        },
        {
            "a title after its country's name, between 'the' and the verb, is the person the article named",
            """
            Beckham Rules Out Management Move

            Real Madrid midfielder David Beckham has no plans to become a manager when his playing career is over.

            "I am not interested in being a coach," the England captain said on television station Canal Plus.
            """,
            "I am not interested", "David Beckham", SpeakerSource.EarlierMention, "captain"
        },
        {
            "an honorific inside a run of capitalised words opens the name; the place before it is no part of it",
            """
            Lib Dems Unveil Election Slogan

            Charles Kennedy said his party was the real opposition.

            Speaking in Harrogate Mr Kennedy said: "We are the only party offering a real alternative."
            """,
            "We are the only party", "Charles Kennedy", SpeakerSource.EarlierMention, "Mr Kennedy"
        },
        {
            "the abbreviations of a style before an honorific stay with the name",
            """
            Da Vinci Code Is Lousy History

            The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a "great thriller" but "lousy history".
            """,
            "lousy history", "Tom Wright", SpeakerSource.EarlierMention, null
        },
        {
            "a name after 'and', right before the verb, opens a clause of its own when the words before it have a verb",
            """
            Van Nistelrooy Set To Return

            Manchester United manager Alex Ferguson expects Ruud van Nistelrooy back soon.

            The striker has been training in Holland and Ferguson said: "Ruud comes back on Tuesday and we need to assess how far on he is."
            """,
            "Ruud comes back", "Alex Ferguson", SpeakerSource.EarlierMention, "Ferguson"
        },
        {
            "a second title after 'and' belongs to the person named after it",
            """
            Kilroy Launches Veritas Party

            Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk said he wanted to "change the face of British politics" as he launched his party.
            """,
            "change the face", "Robert Kilroy-Silk", SpeakerSource.SameSentence, "East Midlands MEP Robert Kilroy-Silk"
        },
        {
            "a name after 'and' in a clause with no verb of its own is not the subject",
            """
            Hoffman Hits Out Over Modern Film

            Screen legend Dustin Hoffman has hit out at the quality of current films.

            The star of Rain Man and Tootsie said the film culture was "in the craphouse" at a press conference on Tuesday.
            """,
            "in the craphouse", "Dustin Hoffman", SpeakerSource.EarlierMention, null
        },
        {
            "a directorate's title with 'dan' inside it, from the roles table, ends before the name",
            """
            Pemerintah Gencarkan SBN Ritel

            "Kami akan terus menerbitkan SBN ritel," kata Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Suminto di Jakarta.
            """,
            "Kami akan terus", "Suminto", SpeakerSource.SameSentence, "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Suminto"
        },
        {
            "'Menurut' glued into a run of capitalised words by copied text is no word of the name after it",
            """
            Bitcoin Masih Rawan Turun

            Harga Bitcoin Menurut Vijay Ayyar, wakil presiden di bursa kripto Luno, Bitcoin masih akan turun.

            "Ini pola dead cat bounce," kata Ayyar.
            """,
            "Ini pola dead cat", "Vijay Ayyar", SpeakerSource.EarlierMention, "Ayyar"
        },
        {
            "a country of two words between a title and the name is no part of the name",
            """
            Sri Lanka Gagal Bayar Utang

            Menteri Keuangan Sri Lanka Ali Sabry mengatakan negaranya tidak mampu membayar utang luar negeri.

            "Kami telah hidup di luar kemampuan kami," kata Sabry.
            """,
            "Kami telah hidup", "Ali Sabry", SpeakerSource.EarlierMention, "Sabry"
        },
        {
            "a school's number inside its name, then a comma and the head's name",
            """
            Calon Siswa Mampu Lolos PPDB

            "Pihak sekolah benar-benar tidak tahu kalau ada ketidakvalidan data," kata Kepala SMAN 1 Sukorejo, Rohadi saat ditemui di ruang kerjanya.
            """,
            "Pihak sekolah", "Rohadi", SpeakerSource.SameSentence, "Rohadi"
        },
        {
            "a firm named by two words joined by 'and', as a possessive before the person who speaks",
            """
            India Opens Telecoms To Foreign Investors

            India has raised the limit on foreign investment in telecoms firms.

            "The FDI relaxation could really ignite interest in the Indian telecommunication industry," added Ernst and Young's Sanjay Mehta.
            """,
            "The FDI relaxation", "Sanjay Mehta", SpeakerSource.SameSentence, "Sanjay Mehta"
        },
        {
            "a firm's possessive in two words before the person who speaks",
            """
            Dollar Hovers Around Record Lows

            The dollar fell against the euro on Thursday.

            "There are no dollar buyers now," said ABN Amro's Paul Mackel.
            """,
            "There are no dollar buyers", "Paul Mackel", SpeakerSource.SameSentence, "Paul Mackel"
        },
        {
            "a racing team's name ends at 'Racing' before its chief's name",
            """
            Aprilia Tolak Klaim Manajer Martin

            Klaim itulah yang membuat CEO Aprilia Racing Massimo Rivola langsung bereaksi.

            "Ia jelas tidak akan bebas kontrak untuk 2026," kata Rivola kepada TNT Sports.
            """,
            "Ia jelas tidak akan", "Massimo Rivola", SpeakerSource.EarlierMention, "Rivola"
        },
        {
            "a firm's first word after 'PT' is the firm, when a company's closing word ends its full name",
            """
            Garuda Rilis OWK Rp 8,5 T

            Keduanya yakni PT Garuda Indonesia Tbk (GIAA) dan PT Krakatau Steel Tbk (KRAS). Garuda siap menerbitkan OWK paling banyak Rp 8,5 triliun.

            "Perseroan bermaksud untuk menerbitkan OWK dengan tujuan untuk memperbaiki kondisi keuangan," tulis prospektus Garuda.
            """,
            "Perseroan bermaksud", "PT Garuda Indonesia Tbk", SpeakerSource.EarlierMention, null
        },
        {
            "a verb inside a relative clause before 'and' and a film's title is no clause of its own",
            """
            Davis Reflects On Classic

            Geena Davis will introduce a screening of the film at the London Film Festival.

            The actress who starred in Thelma and Louise said: "I had no idea it would still matter thirty years later."
            """,
            "I had no idea", "Geena Davis", SpeakerSource.EarlierMention, null
        },
        {
            "a surname that is also a country's name stays in the name after a title",
            """
            Gubernur Tinjau Banjir

            "Kami akan segera menyalurkan bantuan kepada warga," kata Gubernur Maluku Utara Sherly Tjoanda Laos di Sofifi.
            """,
            "Kami akan segera", "Sherly Tjoanda Laos", SpeakerSource.SameSentence, null
        },
        {
            "a bare lower-case description closing the cue is someone the article does not name",
            """
            Video Pengendara Lawan Arus Viral

            Video seorang pengendara yang melawan arus beredar di media sosial.

            "Sudah macet sejak pagi tadi, masih saja ada yang lawan arus," sahut sang perekam video.
            """,
            "Sudah macet", "sang perekam video", SpeakerSource.SameSentence, "sang perekam video"
        },
        {
            "a document's word after the cue is no description of a person: the statement speaks for the organisation the article is about",
            """
            Emiten Rilis Obligasi

            PT Sinar Abadi Tbk menerbitkan obligasi senilai Rp 1 triliun.

            "Dana hasil obligasi akan digunakan untuk modal kerja," tulis keterangan.
            """,
            "Dana hasil obligasi", "PT Sinar Abadi Tbk", SpeakerSource.EarlierMention, "keterangan"
        },
        {
            "a second verb of speech after 'and' shares a subject that an organisation's name and title words open",
            """
            G7 Backs Africa Debt Relief Plan

            Oxfam senior policy adviser Max Lawson welcomed the statement and said G7 ministers had "passed the first hurdle of 2005".
            """,
            "passed the first hurdle", "Max Lawson", SpeakerSource.SameSentence, "adviser Max Lawson"
        },
        {
            "a verb after 'but' shares the subject of a verb before a fragment quoted earlier in the sentence",
            """
            Applegate's Charity Show Closes

            Producer Barry Weissler said he was "deeply proud" of the show, but said the decision to close it was "painful but fiscally responsible".
            """,
            "painful but fiscally", "Barry Weissler", SpeakerSource.SameSentence, "Producer Barry Weissler"
        },
        {
            "a participle after the comma that closes a fragment quoted in the sentence has the sentence's subject",
            """
            Kilroy-Silk Quits Shameful UKIP

            UKIP leader Roger Knapman said he would "break open the champagne", adding: "It was nice knowing him, now goodbye."
            """,
            "It was nice knowing", "Roger Knapman", SpeakerSource.SameSentence, "leader Roger Knapman"
        },
        {
            "a short form of a name that opens after a rank keeps the whole name",
            """
            Polri Siap Dukung Program Pemerintah

            Hal ini disampaikan Kapolri Jenderal Listyo Sigit Prabowo usai penandatanganan nota kesepahaman di Jakarta.

            "Pada prinsipnya, Polri siap mendukung apa pun yang menjadi kebijakan pemerintah," kata Jenderal Sigit, Rabu (28/5/2025).
            """,
            "Pada prinsipnya", "Listyo Sigit Prabowo", SpeakerSource.EarlierMention, null
        },
        {
            "an Arabic article inside a name",
            """
            Warga Gaza Mengungsi ke Rumah Sakit

            "Kami mengungsi dari rumah kami ke rumah sakit," kata warga Kota Gaza Ashraf al-Muzani (38) dari rumah sakit Al-Quds.
            """,
            "Kami mengungsi", "Ashraf al-Muzani", SpeakerSource.SameSentence, null
        },
        {
            "in what an organisation calls",
            """
            Call Centre Staff Get Less Training

            In what Dimension Data calls an "alarming development", the average induction time for a call centre worker fell last year.
            """,
            "alarming development", "Dimension Data", SpeakerSource.SameSentence, null
        },
        {
            "a known given name before a place's word is a person's name",
            """
            Rogue Diallers Still Costing Millions

            Telecoms ombudsman Elizabeth France said: "Certainly I would not be surprised to find my credit card company checking."
            """,
            "Certainly I would not", "Elizabeth France", SpeakerSource.SameSentence, null
        },
        {
            "he after a narrative about a man whose given name is a short form",
            """
            Wilkinson to lead England

            England's acting head coach Andy Robinson said: "He is a natural leader, holds the respect of the squad and is a formidable talent on the pitch."

            Wilkinson, who has scored 817 points in 52 internationals, kicked the winning drop-goal in 2003. Fly-half Jonny Wilkinson missed the 2004 Six Nations. "It's the ambition of so many players to one day be captain of England," he said.
            """,
            "It's the ambition", "Jonny Wilkinson", SpeakerSource.Pronoun, "he"
        },
        {
            "-nya past a name that a noun governs before a relative clause",
            """
            Wamensos Perkuat Kerja Sama dengan Tani Merdeka

            "Kemensos tahu kita tidak bisa sendirian mengentaskan kemiskinan," ujar Wakil Menteri Sosial Agus Jabo Priyono dalam keterangan tertulis.

            Ia menjelaskan, arah program Kementerian Sosial ke depan akan bergeser. Perubahan ini sejalan dengan arahan Presiden Prabowo Subianto yang mendorong masyarakat agar lebih mandiri.

            "Di program kemandirian ini, Kemensos tidak bisa sendiri," ucapnya.
            """,
            "Di program kemandirian", "Agus Jabo Priyono", SpeakerSource.Pronoun, "ucapnya"
        },
        {
            "a person of the organisation, before the verb",
            """
            Oscars Race Too Close To Call

            Anne Thompson of the Hollywood Reporter said that Million Dollar Baby was "heart-wrenching".
            """,
            "heart-wrenching", "Anne Thompson", SpeakerSource.SameSentence, null
        },
        {
            "an English company's closing word in Indonesian before the person",
            """
            Astra Rombak Direksi

            "Dapat kami sampaikan sebagai berikut," kata Chief of Corporate Affairs Astra International Riza Deliansyah, Rabu.
            """,
            "Dapat kami sampaikan", "Riza Deliansyah", SpeakerSource.SameSentence, null
        },
        {
            "the subject first, then a verb of closing",
            """
            Dapur MBG Diawasi

            Kepala Dinas Lingkungan Hidup Kota Bogor Jenal Mutaqin meninjau dapur SPPG.

            "Belum semua kita survei karena ini baru awal," Jenal memungkasi.
            """,
            "Belum semua kita survei", "Jenal Mutaqin", SpeakerSource.EarlierMention, null
        },
        {
            "a quote after a sentence whose subject is a person the article named",
            """
            Sundance Opens

            Actor and director Robert Redford founded the festival.

            But Redford knows this and started the Sundance TV Channel in an effort to reach a wider audience. "When you look at the films here, what we are presenting is very much egalitarian."
            """,
            "When you look at the films", "Robert Redford", SpeakerSource.EarlierMention, "Redford"
        },
        {
            "a name before administration, a country before government",
            """
            Court Weighs Birthright Citizenship

            The Trump administration had argued that the common view of citizenship is "wrong".
            """,
            "wrong", "Trump administration", SpeakerSource.SameSentence, null
        },
        {
            "it after a country's government",
            """
            Freed Detainee Tells Of Abuse

            The US government has rejected his claims. "The Department of Defense has no doubt that Mr Mubanga was properly detained," it said.
            """,
            "The Department of Defense", "US government", SpeakerSource.Pronoun, "it"
        },
        {
            "a company's closing word in lower case before its ticker",
            """
            Emiten Milik Sandiaga Uno Siap Buyback Saham

            PT Saratoga Investama Sedaya tbk (SRTG) berencana melakukan pembelian kembali saham.

            "Biaya yang akan dikeluarkan dalam buyback saham ini sebanyak-banyaknya Rp 120 miliar," tulis manajemen SRTG.
            """,
            "Biaya yang akan dikeluarkan", "PT Saratoga Investama Sedaya tbk", SpeakerSource.EarlierMention, null
        },
        {
            "after a question, the name, an appositive and the verb are the cue",
            """
            Tenants Left Without Heating

            Jane Doe has lived on the estate for 30 years.

            "What are we supposed to do now?" Mrs Doe, 54, told the BBC.
            """,
            "What are we supposed", "Jane Doe", SpeakerSource.EarlierMention, null
        },
        {
            "a second verb before a colon does not move the cue to the next quote",
            """
            Home Secretary Defends Plan

            "We will fix the system," Home Secretary Yvette Cooper told MPs.

            "Is this the best they can do?" Chris Philp said, adding: "It is pathetic."
            """,
            "Is this the best", "Chris Philp", SpeakerSource.SameSentence, null
        },
        {
            "a country's adjective before a noun is no person: 'the Israeli military said' is the military as written ([state-bodies]), not Netanyahu",
            """
            Strikes Continue

            Prime Minister Benjamin Netanyahu visited the border on Monday.

            "We struck 40 targets overnight," the Israeli military said in a statement.
            """,
            "We struck 40 targets", "Israeli military", SpeakerSource.SameSentence, "Israeli military"
        },
        {
            "yang after a name that a passive verb brings in keeps the name the subject",
            """
            Pertumbuhan Ekonomi Melambat

            Menteri Keuangan Sri Mulyani Indrawati hadir dalam rapat.

            Hal itu dibenarkan Menko Perekonomian Airlangga Hartarto yang menilai pertumbuhan melambat. "Kita harus waspada," ujarnya.
            """,
            "Kita harus waspada", "Airlangga Hartarto", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a paragraph a pronoun opens by reporting speech goes on with the last speaker, not the person it tells about",
            """
            Mensos Mantapkan Strategi Program Sosial

            Hari ini tepat satu tahun masa pemerintahan Presiden Prabowo Subianto.

            "Kita lakukan evaluasi capaian satu tahun," ujar Menteri Sosial Saifullah Yusuf, Senin (20/10/2025).

            Ia menekankan jika pemutakhiran data dilakukan berkala, program lebih tepat sasaran. Presiden Prabowo ingin penerima bansos naik kelas.

            "Tidak hanya sekedar menerima bansos, tapi juga diberikan pendampingan," tegasnya.
            """,
            "Tidak hanya sekedar", "Saifullah Yusuf", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "someone who speaks in a paragraph a pronoun opens is who goes on",
            """
            Mensos Mantapkan Strategi Program Sosial

            "Kita lakukan evaluasi capaian satu tahun," ujar Menteri Sosial Saifullah Yusuf, Senin (20/10/2025).

            Ia menekankan jika pemutakhiran data dilakukan berkala. Direktur Jenderal Perlindungan Sosial Haryono Suyono mengatakan penyaluran bansos sudah tepat sasaran.

            "Kami sudah datangi rumah-rumah penerima," tegasnya.
            """,
            "Kami sudah datangi", "Haryono Suyono", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "a role in capitals closing the sentence takes no stop as an abbreviation would",
            """
            Hard Act to Follow

            Radio presenter Tim Westwood thinks a break is inevitable. "They would like to go into acting," says the DJ.
            """,
            "They would like to go", "Tim Westwood", SpeakerSource.EarlierMention, "DJ"
        },
        {
            "a pronoun before the quote refers to someone named before it, not to a person it tells about",
            """
            A-listers Flock to Sitcom

            Comedian Ricky Gervais said the stars had agreed to appear. "I have not been approached," he added.

            He said Ben Stiller and Samuel L Jackson would be playing "twisted" versions of themselves.
            """,
            "twisted", "Ricky Gervais", SpeakerSource.Pronoun, "He"
        },
        {
            "a clause that a subordinator opens after a quote is no cue",
            """
            Straw Backs Ending China Embargo

            Tory foreign affairs spokesman Michael Ancram said lifting the arms embargo would be "irresponsible". He said Foreign Secretary Jack Straw was "naive beyond belief" if he accepted the claim.
            """,
            "naive beyond belief", "Michael Ancram", SpeakerSource.Pronoun, "He"
        },
        {
            "Wa Ode opens a Buton name and stays in it",
            """
            Hakim Vonis Terdakwa Korupsi

            "Mengadili, pertama menyatakan terdakwa bersalah," kata Ketua Majelis Hakim Wa Ode Sania di Pengadilan Tipikor.
            """,
            "Mengadili, pertama", "Wa Ode Sania", SpeakerSource.SameSentence, "Ketua Majelis Hakim Wa Ode Sania"
        },
        {
            "an office whose field runs through places, closed by a demonstrative, is the person who holds it",
            """
            Kebijakan Publik Harus Berbasis Riset

            Pimpinan MPR RI dari Fraksi PAN Eddy Soeparno mengunjungi ITB. "Kita terus melakukan percepatan," ungkap Eddy.

            "Harganya terjangkau untuk digunakan," tutup Anggota DPR RI Dapil Jawa Barat III Kota Bogor dan Cianjur ini.
            """,
            "Harganya terjangkau", "Eddy Soeparno", SpeakerSource.EarlierMention, "Anggota DPR RI Dapil Jawa Barat III Kota Bogor dan"
        },
        {
            "a headline's capitalised word before a name is no given name of it",
            """
            Amarah Prabowo Gara-gara Koruptor Lolos di Pengadilan

            "Percuma kita punya polisi yang baik kalau hakimnya tidak tegas," kata Prabowo di Istana, Jakarta.
            """,
            "Percuma kita punya", "Prabowo", SpeakerSource.SameSentence, "Prabowo"
        },
        {
            "a foreign public figure's given name in the headline completes the name the body gives",
            """
            Elon Musk Bikin Partai Politik Baru

            "Hari ini, Partai Amerika dibentuk untuk mengembalikan kebebasan Anda," tulis Musk di media sosial X.
            """,
            "Hari ini, Partai Amerika", "Elon Musk", SpeakerSource.EarlierMention, "Musk"
        },
        {
            "a cue set off by commas inside a sentence names who goes on, not the sentence's subject",
            """
            Dua Polantas Diperiksa Propam

            "Bukan OTT itu, penegakan disiplin," kata Kabid Humas Polda Sumut Kombes Ferry Walintukan, Kamis (18/9).

            Ferry berdalih penangkapan itu terkait laporan masyarakat. Polantas itu, kata Ferry, tidak memberikan pelayanan yang baik.

            Namun, perwira menengah polri itu tidak memerinci maksudnya.

            "Kami mendapatkan informasi dari masyarakat," jelasnya.
            """,
            "Kami mendapatkan informasi", "Ferry Walintukan", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "they after a sentence an organisation opens is that organisation",
            """
            Parties' Plans for Council Tax

            The Liberal Democrats would scrap council tax and replace it with a local income tax. They say the council tax is the most unpopular tax in Britain, because it puts a "ceiling" on what the richest pay.
            """,
            "ceiling", "Liberal Democrats", SpeakerSource.Pronoun, "They"
        },
        {
            "an ordinary word right after a quotation that closes on a comma can be the speaker's given name",
            """
            Online Commons to Spark Debate

            "What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC News website.
            """,
            "What we are proposing", "Will Davies", SpeakerSource.SameSentence, "Will Davies"
        },
        {
            "a nickname from the tables names its person",
            """
            BUMN Ramai-Ramai Selamatkan Waskita Karya

            Bank BUMN sepakat memperpanjang masa jatuh tempo utang Waskita. "Perpanjang mungkin 10 tahun dengan pembayaran bertahap," kata Tiko kepada wartawan, Senin (14/8).
            """,
            "Perpanjang mungkin", "Kartika Wirjoatmodjo", SpeakerSource.SameSentence, "Tiko"
        },
        {
            "a nickname's person keeps the spelling the article gives the name",
            """
            Garuda Minta Moratorium Utang

            Wakil Menteri BUMN Kartiko Wirjoatmodjo hadir dalam rapat dengan Komisi VI DPR.

            "Tanpa moratorium, kas Garuda akan habis," kata Tiko dalam rapat itu.
            """,
            "Tanpa moratorium", "Kartiko Wirjoatmodjo", SpeakerSource.EarlierMention, "Tiko"
        },
        {
            "the holder of a title described by where they serve",
            """
            MP Tells of Joy at Finding Daughter

            Labour MP Stephen Pound has told of his shock and his joy on learning he fathered a daughter.

            "It was a pretty horrible thing with a pretty happy ending," said the Ealing North MP.
            """,
            "It was a pretty horrible", "Stephen Pound", SpeakerSource.EarlierMention, "Ealing North MP"
        },
        {
            "a hyphenated title is a title",
            """
            Fox Attacks Blair's Tory Lies

            Tory co-chairman Liam Fox was speaking after Mr Blair told Labour members the Tories offered a hard right agenda.

            The Tory co-chairman attacked Labour's six new pledges as "vacuous" and said they meant nothing.
            """,
            "vacuous", "Liam Fox", SpeakerSource.EarlierMention, "co-chairman"
        },
        {
            "an organisation's name with 'of' before a title and the person's name",
            """
            China Continues Breakneck Growth

            Officials insist they are a long way from ready. "We need a good and feasible plan," National Bureau of Statistics chief Li Deshui told Reuters.
            """,
            "We need a good", "Li Deshui", SpeakerSource.SameSentence, "chief Li Deshui"
        },
        {
            "a title's field that runs on with dan, then the holder after a comma",
            """
            BPS Catat Inflasi Juli 2025

            "Pada Juli 2025 terjadi inflasi," kata Deputi Bidang Statistik Distribusi dan Jasa BPS, Pudji Ismartini, dalam konferensi pers.
            """,
            "Pada Juli 2025", "Pudji Ismartini", SpeakerSource.SameSentence, "Pudji Ismartini"
        },
        {
            "a lawyer for someone known by a nickname, then the lawyer's name after a comma",
            """
            Jokowi Laporkan Penuduh Ijazah Palsu

            "Pasal yang kita duga dilakukan adalah pencemaran nama baik," kata pengacara Jokowi, Yakup Hasibuan, kepada wartawan.
            """,
            "Pasal yang kita duga", "Yakup Hasibuan", SpeakerSource.SameSentence, "Yakup Hasibuan"
        },
        {
            "a section head's title (Kasi) and its field before the holder's name",
            """
            Kejati Papua Eksekusi Terpidana

            "Atas dasar putusan yang sudah inkrah, kami melaksanakan eksekusi," kata Kasi Upaya Hukum Luar Biasa, Eksekusi, dan Eksaminasi Kejati Papua, Lenni Silaban, Senin (1/9).
            """,
            "Atas dasar putusan", "Lenni Silaban", SpeakerSource.SameSentence, "Lenni Silaban"
        },
        {
            "an Indonesian short form made of syllables is the organisation the article names in full",
            """
            Utang Pemerintah Masih Aman

            Kementerian Keuangan menerbitkan laporan APBN Kita edisi Mei 2023.

            "Pemerintah melakukan pengelolaan utang secara hati-hati," tulis Kemenkeu dalam laporan itu.
            """,
            "Pemerintah melakukan", "Kementerian Keuangan", SpeakerSource.EarlierMention, "Kemenkeu"
        },
        {
            "an inverted cue that closes reported speech names who goes on, with the title an indefinite description gives",
            """
            Business Fears Over Sluggish EU Economy

            Director Hugues Charbonnier says he is under pressure. "We would need not 350 people but perhaps 150," he says.

            That is one reason why people here are not great fans of the EU, says Frederic Sawicki, a politics lecturer at the University of Lille.

            "In the region today the unemployment rate is 12%," he says.
            """,
            "In the region today", "Frederic Sawicki", SpeakerSource.Pronoun, "he"
        },
        {
            "a bond issue's name speaks for no one: the company before it does",
            """
            Eximbank Siap Bayar Obligasi Jatuh Tempo

            Lembaga Pembiayaan Ekspor Indonesia (LPEI) menyatakan kesiapannya membayar pokok obligasi yang jatuh tempo. Obligasi ini merupakan obligasi berkelanjutan Indonesia Eximbank III Tahap VI Tahun 2018 Seri B.

            "Dana yang disediakan adalah sebesar Rp 1,65 triliun," jelas manajemen perseroan.
            """,
            "Dana yang disediakan", "Lembaga Pembiayaan Ekspor Indonesia", SpeakerSource.EarlierMention, "manajemen perseroan"
        },
        {
            "an article of a law quoted speaks as printed, its number and paragraph included",
            """
            OIKN Bisa Terbitkan Obligasi

            Pemerintah mengubah aturan pembiayaan Ibu Kota Nusantara. "Otorita Ibu Kota Nusantara dapat menerima pinjaman dari luar negeri," tulis Pasal 24B ayat 6.
            """,
            "Otorita Ibu Kota Nusantara", "Pasal 24B ayat 6", SpeakerSource.SameSentence, "Pasal 24B ayat 6"
        },
        {
            "a pronoun reporting speech after a person named in its paragraph is that person",
            """
            Banjir Rendam Desa Sukamulya

            "Kami sudah mengirim perahu karet," kata Kepala BPBD Kabupaten Bandung Satria Budi, Senin (3/3/2025).

            Warga Desa Sukamulya, Dedeh Kurniasih, juga merasakan dampak banjir. Ia mengatakan air mulai masuk rumah sejak subuh. Dedeh bersama dua anaknya kemudian mengungsi ke masjid terdekat.

            "Kami belum menerima bantuan apa pun," katanya.
            """,
            "Kami belum menerima", "Dedeh Kurniasih", SpeakerSource.Pronoun, "katanya"
        },
        {
            "someone introduced in a paragraph a pronoun opens may be the next to speak",
            """
            Anggaran Banjir Bekasi Dipersoalkan

            "Anggaran tambahan sudah kami siapkan," kata Sekretaris Daerah Kabupaten Bekasi Henri Lincoln, Selasa (4/3/2025).

            Ia mengatakan anggaran tambahan sudah diajukan ke DPRD. Wakil Ketua DPRD Kabupaten Bekasi, Rudi Hartono, yang hadir dalam rapat tersebut tidak sependapat.

            "Anggaran itu belum pernah dibahas bersama kami," ucapnya.
            """,
            "Anggaran itu belum", "Rudi Hartono", SpeakerSource.Pronoun, "ucapnya"
        },
        {
            "an honorific in capitals keeps its stop",
            """
            PBNU Minta Warga Jaga Persatuan

            Rais Aam PBNU KH. Miftachul Akhyar meminta warga menjaga persatuan. "Jangan mudah terpecah," kata KH. Miftachul Akhyar di Surabaya.
            """,
            "Jangan mudah terpecah", "Miftachul Akhyar", SpeakerSource.SameSentence, "KH. Miftachul Akhyar"
        },
        {
            "a headline's given name from another language's tables completes the body's surname",
            """
            Jamie Dimon Ramal Resesi Datang Tahun Depan

            Bos JPMorgan itu memperingatkan investor soal risiko ekonomi. "Saya tidak akan terkejut jika suku bunga naik lagi," kata Dimon.
            """,
            "Saya tidak akan", "Jamie Dimon", SpeakerSource.EarlierMention, "Dimon"
        },
        {
            "they of a saying is nobody",
            """
            Rates Rise Again

            The Bank of England raised interest rates for the third time this year. As they say in the City, "the trend is your friend", and traders expect more.
            """,
            "the trend is your friend", null, SpeakerSource.None, null
        },
        {
            "a nickname does not join a different person who shares the surname",
            """
            Jokowi Resmikan Bendungan

            Presiden Jokowi meresmikan Bendungan Sepaku di Kalimantan Timur. Salah satu petani, Jono Widodo, ikut hadir.

            "Bendungan ini akan mengairi ribuan hektare sawah," kata Jokowi.
            """,
            "Bendungan ini akan", "Joko Widodo", SpeakerSource.EarlierMention, "Jokowi"
        },
        {
            "a nickname that is the given name of someone the article names is theirs",
            """
            Tiko Aryawardhana Penuhi Panggilan Polisi

            Suami penyanyi BCL, Tiko Aryawardhana, memenuhi panggilan penyidik Polda Metro Jaya.

            "Saya datang untuk memberi klarifikasi," kata Tiko kepada wartawan.
            """,
            "Saya datang untuk", "Tiko Aryawardhana", SpeakerSource.EarlierMention, "Tiko"
        },
        {
            "a nearer verb of speech before a colon names who is quoted",
            """
            Straw Reassures Iran

            Iranian negotiator Hassan Rowhani met the Foreign Secretary, Jack Straw, in Tehran. He said Mr Straw had assured him: "Britain has no plans for military action against Iran."
            """,
            "Britain has no plans", "Jack Straw", SpeakerSource.EarlierMention, "Mr Straw"
        },
        {
            "a title and an organisation whose bracketed acronym spells its last words, then the name after a comma",
            """
            OJK Beri Perhatian Khusus ke Asuransi Kredit

            "Terkait kinerja tersebut, OJK berikan perhatian khusus terhadap kinerja produk asuransi kredit," ujar Kepala Eksekutif Pengawas IKNB Otoritas Jasa Keuangan (OJK), Ogi Prastomiyono, Senin (28/11/2022).
            """,
            "Terkait kinerja tersebut", "Ogi Prastomiyono", SpeakerSource.SameSentence, null
        },
        {
            "a capitalised name particle right after a title opens the name (Des, Van)",
            """
            Tories urge TB checks on migrants

            Immigration minister Des Browne quoted the plan as saying: "We are implementing our existing powers by targeted health screening."
            """,
            "We are implementing", "Des Browne", SpeakerSource.SameSentence, null
        },
        {
            "a rank and a short name written alone are the person's, not an organisation's name before theirs",
            """
            Polisi Gerebek Kampung Narkoba

            Tim gabungan yang dipimpin langsung oleh Kasat Reskrim AKP Gian Wiatma Jonimandala, bergerak cepat menuju lokasi.

            "Sinergi dengan TNI adalah kekuatan kami untuk menindak tegas para pelaku," tegas AKP Gian.
            """,
            "Sinergi dengan TNI", "Gian Wiatma Jonimandala", SpeakerSource.EarlierMention, "AKP Gian"
        },
        {
            "a lower-case title, its field and a firm, then the person after a comma",
            """
            Wall Street Menanti Laporan Keuangan

            "Rasanya situasi yang lebih sehat jika pasar didorong oleh laba yang kuat," ujar direktur investasi AJ Bell, Russ Mould, dilansir dari Reuters.
            """,
            "Rasanya situasi yang lebih sehat", "Russ Mould", SpeakerSource.SameSentence, null
        },
        {
            "a name, an apposition with a title and its organisation, then said and a colon",
            """
            Iraq abuse ruling

            After the ruling Carla Ferstman, legal director of the human rights organisation Redress, said: "It is not enough for the military to investigate behind closed doors."
            """,
            "It is not enough", "Carla Ferstman", SpeakerSource.SameSentence, null
        },
        {
            "a full name, then its title and organisation with no comma between, and later the given name alone",
            """
            Asuransi Rawan Gagal Bayar, Ini Tanggapan Pelaku Industri

            Tatang Nurhidayat Presiden Direktur PT Asuransi Tugu Pratama Indonesia Tbk. mengatakan kondisi industri asuransi akan penuh tantangan.

            "Kami dalam posisi strong financial, solid dan sehat," kata Tatang.
            """,
            "Kami dalam posisi", "Tatang Nurhidayat", SpeakerSource.EarlierMention, "Tatang"
        },
        {
            "a full name, then a title and its place with no comma between, and later the short name",
            """
            Gubernur Jateng Tinjau Banjir Demak

            Ahmad Luthfi Gubernur Jawa Tengah mengatakan tanggul yang jebol akan segera diperbaiki.

            "Kami kerahkan alat berat hari ini," kata Luthfi.
            """,
            "Kami kerahkan alat berat", "Ahmad Luthfi", SpeakerSource.EarlierMention, "Luthfi"
        },
        {
            "an academic degree after a name is no part of it and makes no organisation",
            """
            Dosen Protes Penggabungan Sekolah

            Senada, Prof Raldi Hendro Koestoer PhD, dosen Hukum Etika Lingkungan SIL UI, turut menyuarakan kekhawatirannya.

            "Jenis pengabaian seperti ini tentu akan menjadi bumerang di kemudian hari," kata Raldi.
            """,
            "Jenis pengabaian", "Raldi Hendro Koestoer", SpeakerSource.EarlierMention, "Raldi"
        },
        {
            "a word the article uses alone as a name stays in the name before a given name that opens names",
            """
            Pemegang Polis Masuk Tim Likuidasi

            Ketua Tim Likuidasi Wanaartha Life Harvardy Muhammad Iqbal mengatakan, langkah ini dilakukan semata-mata untuk keterbukaan.

            "Jumlah itu mewakili 1.867 lembar polis, dua kreditur dan tujuh karyawan," kata Harvardy.
            """,
            "Jumlah itu mewakili", "Harvardy Muhammad Iqbal", SpeakerSource.EarlierMention, "Harvardy"
        },
        {
            "initials written with full stops between two name words are the middle name's",
            """
            Nasib Suku Bunga BI

            Mantan menteri keuangan Bambang P.S. Brodjonegoro mengungkapkan upaya BI menahan suku bunga.

            "Dari situ saya yakin, BI sudah mempertimbangkan," kata Bambang.
            """,
            "Dari situ saya yakin", "Bambang P.S. Brodjonegoro", SpeakerSource.EarlierMention, "Bambang"
        },
        {
            "a name, a comma, then an organisation and a lower-case title up to the verb: the name is the subject",
            """
            NHS waiting time target is cut

            Rhodri Glyn Thomas, Plaid Cymru health spokesman said: "It's exactly the same target she set in 2002."
            """,
            "It's exactly the same target", "Rhodri Glyn Thomas", SpeakerSource.SameSentence, null
        },
        {
            "an initial that is also an honorific (H. for Haji) before another initial is the honorific",
            """
            Asphirasi Dukung Pembentukan Kementerian Haji

            Wakil Ketua Umum Bidang Keuangan Asphirasi H. M. Tauhid Hamdi mengatakan pihaknya mendukung pembentukan Kementerian Haji.

            "Kami (Asphirasi) mendukung pembentukan Kementerian Haji," ujar Tauhid.
            """,
            "Kami (Asphirasi) mendukung", "M. Tauhid Hamdi", SpeakerSource.EarlierMention, "Tauhid"
        },
        {
            "a date in brackets closing a paragraph is no editor's code, so the article goes on after it",
            """
            Mensos Sebut Prabowo Ajarkan Cara Baru Cintai RI

            Menteri Sosial Saifullah Yusuf (Gus Ipul) menyebut Presiden Prabowo Subianto telah mengajarkan cara baru mencintai negeri, Senin (20/10/2025)

            "Bansosnya sampai, datanya benar, dan anaknya bisa sekolah lagi," kata Gus Ipul.
            """,
            "Bansosnya sampai", "Saifullah Yusuf", SpeakerSource.EarlierMention, "Gus Ipul"
        },
        {
            "an academic title and its field, closed by a demonstrative, describe the person named before",
            """
            Waka MPR: Partai Harus Berani Otokritik

            Wakil Ketua MPR RI Eddy Soeparno menilai gerakan masyarakat hari ini digerakkan oleh media sosial.

            "Ada diskonektivitas besar antara DPR, partai politik, dan masyarakat," kata Doktor Ilmu Politik UI tersebut.
            """,
            "Ada diskonektivitas besar", "Eddy Soeparno", SpeakerSource.EarlierMention, null
        },
        {
            "a vice-minister's short title (Wamenkes) is a title, not part of the name",
            """
            Banyak SPPG di Cirebon Terancam Tutup

            Sementara itu terkait MBG, Wamenkes Benjamin Paulus Octavianus mengatakan ada cara lain untuk mencegah terjadinya kasus keracunan.

            "Ini harus ngontrol tiap hari," tegasnya.
            """,
            "Ini harus ngontrol", "Benjamin Paulus Octavianus", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "an honour after an English name (QC, OBE) is no part of it",
            """
            Lawyer attacks anti-terror laws

            The new chairman of the Bar Council, Guy Mansfield QC, said: "What is going to happen to young Asian men?"
            """,
            "What is going to happen", "Guy Mansfield", SpeakerSource.SameSentence, null
        },
        {
            "someone introduced with a title in apposition is who the next 'he said' means",
            """
            Apple Mac mini gets warm welcome

            "It's very much a computer," said Mr Fogg. One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. He said: "I don't think it changes the world."
            """,
            "I don't think it changes", "Brian Gammage", SpeakerSource.Pronoun, "He"
        },
        {
            "said, a firm's name that looks like a person's, a lower-case title and the person who holds it",
            """
            Manufacturing recovery 'slowing'

            "It appears that the UK is in a two-tier economy again," said Prebon Yamane economist Lena Komileva.
            """,
            "It appears that the UK", "Lena Komileva", SpeakerSource.SameSentence, null
        },
        {
            "an apposition of kinship, or a subject after an opening clause, introduces nobody for 'she said'",
            """
            Stallone evicted from Big Brother

            Jackie Stallone appeared not to have enjoyed her time in the house. But she was pleased to have patched things up with actress Brigitte Nielsen, her former daughter-in-law. "That alone was worth $1m," she said.
            """,
            "That alone was worth", "Jackie Stallone", SpeakerSource.Pronoun, "she"
        },
        {
            "a relative clause after the object of a preposition introduces nobody for 'he said'",
            """
            Souness delight at Euro progress

            Boss Graeme Souness felt Newcastle deserved their win. Souness also paid tribute to Laurent Robert, who was at the heart of much of United's attacking play. "In the first half he did really well," he said.
            """,
            "In the first half", "Graeme Souness", SpeakerSource.Pronoun, "he"
        },
        {
            "guard: a person's initials in brackets after name words that are also ordinary words stay the person's",
            """
            Bendahara Koperasi Diperiksa

            "Uangnya sebagian sudah kami kembalikan," kata Bendahara Koperasi Sejahtera Mawar Indah Sari (MIS) kepada wartawan usai diperiksa.
            """,
            "Uangnya sebagian", "Mawar Indah Sari", SpeakerSource.SameSentence, null
        },
        {
            "guard: H. between a given name and another initial is a middle initial",
            """
            Bank Sumut Salurkan KUR

            "Penyaluran KUR tahun ini Rp 2 triliun," kata Direktur Utama Bank Sumut Rahmat H. P. Sitorus di Medan.
            """,
            "Penyaluran KUR", "Rahmat H. P. Sitorus", SpeakerSource.SameSentence, null
        },
        {
            "guard: a tournament named after a minister's title is no title before the name",
            """
            Piala Menpora Digelar Lagi

            "Semua klub Liga 1 sudah konfirmasi ikut," kata Ketua Steering Committee Piala Menpora Akhmad Hadian Lukita di Jakarta.
            """,
            "Semua klub Liga 1", "Akhmad Hadian Lukita", SpeakerSource.SameSentence, null
        },
        {
            "a person's initials in brackets say where the name starts after a title and a place",
            """
            Bupati Bantah Terima Suap

            "Saya tidak pernah menerima uang dari kontraktor," kata Bupati nonaktif Pemalang Mukti Agung Wibowo (MAW) dalam persidangan di Pengadilan Tipikor Semarang.
            """,
            "Saya tidak pernah", "Mukti Agung Wibowo", SpeakerSource.SameSentence, null
        },
        {
            "an institution's two-letter short name between a title and a name is no initial of the name",
            """
            Kredit Perbankan Tumbuh 7,7%

            "Permintaan kredit korporasi membaik," kata Deputi Gubernur BI Juda Agung.
            """,
            "Permintaan kredit", "Juda Agung", SpeakerSource.SameSentence, null
        },
        {
            "a lower-case honorific with its stop between a titled organisation and the name opens the name",
            """
            Kemenkes Imbau Warga Waspadai Flu Singapura

            "Penyakit ini sangat menular pada anak," kata Kepala Biro Komunikasi dan Pelayanan Publik Kemenkes dr. Siti Nadia Tarmizi, M.Epid, Senin (6/10/2025).
            """,
            "Penyakit ini sangat menular", "Siti Nadia Tarmizi", SpeakerSource.SameSentence, null
        },
        {
            "an embassy and its city (a place the article names) speak as the embassy",
            """
            97 WNI Kabur dari Perusahaan Penipuan Online di Kamboja

            KBRI Phnom Penh menyatakan ada 97 WNI yang kabur dari perusahaan penipuan daring di Kota Chrey Thum.

            "Setelah menerima informasi tentang penangkapan itu, KBRI segera berkoordinasi dengan kepolisian setempat," kata KBRI Phnom Penh dalam keterangannya.

            Otoritas Provinsi Kandal akan memindahkan para WNI ke penahanan imigrasi di Phnom Penh sebelum deportasi.
            """,
            "Setelah menerima informasi", "KBRI Phnom Penh", SpeakerSource.SameSentence, null
        },
        {
            "a capitalised ordinary word before a name, which the article also writes in lower case, shows no person to refer back to",
            """
            Wali Kota Luncurkan Bus Sekolah Gratis

            "Bus ini kami siapkan untuk anak-anak di pinggiran kota," kata Wali Kota Rahmat Hidayat di Balai Kota, Senin (20/10/2025).

            Mobil Pelangi dihadirkan untuk menjangkau desa. Mobil ini akan keliling ke berbagai wilayah.

            Saat ini sudah ada empat unit Mobil Pelangi yang beroperasi, masing-masing satu mobil besar.

            "Nanti kami tambah lagi kalau anggaran cukup," tuturnya.
            """,
            "Nanti kami tambah", "Rahmat Hidayat", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "a coalition, alliance or forum is an organisation that speaks through its written statement and goes on with -nya",
            """
            Aliansi Guru Tolak Aturan Baru

            "Aturan ini memberatkan guru honorer di daerah," demikian keterangan tertulis Aliansi Guru Honorer Nusantara, Minggu (11/5/2025).

            Aliansi Guru Honorer Nusantara mengingatkan soal nasib guru di pelosok.

            "Kami meminta pemerintah meninjau ulang aturan tersebut," tegasnya.
            """,
            "Kami meminta pemerintah", "Aliansi Guru Honorer Nusantara", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "a plural's apostrophe inside an institution's name keeps the whole name",
            """
            Musicians seek visa deal

            The Musicians' Union said the new visa rules were "a raw deal" for touring bands.
            """,
            "a raw deal", "Musicians' Union", SpeakerSource.SameSentence, null
        },
        {
            "an English title's head comes last: a justice minister is the minister, not a justice",
            """
            Prison agency plan dropped

            Ministers thought merging the prison service with the council departments might have provided an answer. However, following a consultation, Justice Minister Cathy Jamieson has decided to drop the plans. Instead, Ms Jamieson will change the law.

            A national advisory board will also be created to advise Ms Jamieson on its role. The minister said: "Better joint working will help prisons play a much stronger role."
            """,
            "Better joint working", "Cathy Jamieson", SpeakerSource.EarlierMention, "minister"
        },
        {
            "a verb joined by \"and\" shares the subject of its own clause, after \"but\", not the sentence's first",
            """
            Extradition fight goes on

            US Customs claimed Mr Griffiths was one of the group's leaders but his lawyer, Antony Townsden, told the BBC it was a laughable suggestion and added: "He was living on welfare and had an old computer."
            """,
            "He was living on welfare", "Antony Townsden", SpeakerSource.SameSentence, null
        },
        {
            "a writer's question that quotes someone does not make them the speaker of the answer after it",
            """
            UKIP's secret weapon?

            So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once notoriously declared? "No. The aim of UKIP is to withdraw from the EU."
            """,
            "No. The aim of UKIP", null, SpeakerSource.None, null
        },
        {
            "a name of one word and an initial, set off by commas after a title, is the person's",
            """
            Pemprov Gelar Operasi Pasar Cabai

            "Cabai menjadi pemicu utama inflasi di seluruh Sumatera," kata Asisten II Setdaprov Riau, Helmi D, Selasa (7/10/2025).
            """,
            "Cabai menjadi pemicu", "Helmi D", SpeakerSource.SameSentence, null
        },
        {
            "-nya with nobody named before it in the body is the person the headline names (an industrial estate's place is nobody)",
            """
            Ahmad Luthfi Sebut Ekspor Jateng Tumbuh

            Ia juga menyoroti pengembangan kawasan industri seperti Kawasan Industri Kendal dan kawasan lainnya.

            "Kami juga mendorong konektivitas antarwilayah untuk pemerataan ekonomi," jelasnya.

            "Investasi di sini aman," kata Luthfi.
            """,
            "Kami juga mendorong", "Ahmad Luthfi", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "a quotation with no cue after a sentence that opens 'Menurut' and a person and a comma is that person's (detik: 'Menurut Docquier, diskriminasi juga punya dampak ekonomi. \"Kelompok …\"')",
            """
            Diskriminasi di Luksemburg

            Frederic Docquier adalah wakil direktur lembaga riset sosioekonomi di Luksemburg.

            Menurut Docquier, diskriminasi juga punya dampak ekonomi. "Kelompok yang terdiskriminasi membayar pajak lebih sedikit dibanding potensi mereka."
            """,
            "Kelompok yang terdiskriminasi", "Frederic Docquier", SpeakerSource.EarlierMention, "Docquier"
        },
        {
            "in English too: 'According to Mr Lakhani, the market has risen on strong fundamentals.' then a quotation alone in its paragraph",
            """
            Karachi shares soar

            KSE chairman Yaseen Lakhani spoke to the BBC News website on Tuesday.

            According to Mr Lakhani, the market has risen on the basis of strong fundamentals.

            "The economy is growing fast and the investors know it."
            """,
            "The economy is growing fast", "Yaseen Lakhani", SpeakerSource.EarlierMention, "Mr Lakhani"
        },
        {
            "not when someone else is named after the comma: 'According to Mr Lakhani, Mr Khan sold his shares.' names the one who acted",
            """
            Karachi shares soar

            KSE chairman Yaseen Lakhani spoke to the BBC News website on Tuesday.

            According to Mr Lakhani, broker Imran Khan sold his shares on Monday. "I had no choice," Mr Khan said.
            """,
            "I had no choice", "Imran Khan", SpeakerSource.EarlierMention, "Mr Khan"
        },
        {
            "in English an organisation after lower-case words for its kind, before the verb, is the subject: '\"…,\" civil rights group Liberty said'",
            """
            Detention law criticised

            The bill passed its second reading on Monday. "This is a dark day for freedom in this country," civil rights group Liberty said of the vote.
            """,
            "This is a dark day", "Liberty", SpeakerSource.SameSentence, "Liberty"
        },
        {
            "a firm of [firms] that opens the sentence is the firm though its first word is an ordinary word ('Standard Chartered has agreed …', then 'it said')",
            """
            Bank deal agreed

            It is official. Standard Chartered has agreed to buy the bank. "We are delighted with the price," it said.
            """,
            "We are delighted", "Standard Chartered", SpeakerSource.Pronoun, "it"
        },
        {
            "the first word alone of a firm of [firms] the article named in full is the firm ('Goldman Sachs' … 'kata Goldman')",
            """
            Dolar AS Melemah

            Bank investasi Goldman Sachs memperkirakan dolar AS melemah tahun ini.

            "Dolar AS akan terus tertekan sampai akhir tahun," kata Goldman dalam risetnya.
            """,
            "Dolar AS akan terus", "Goldman Sachs", SpeakerSource.EarlierMention, "Goldman"
        },
        {
            "a demonstrative after 'dalam' and a document noun closes what the words were written in, not the title: 'tulis ekonom Bank Dunia dalam laporan tersebut'",
            """
            India Salip Jepang

            "Bantuan pembangunan India naik dua kali lipat sejak 2014," menurut lembaga kajian RIS.

            "Ekonomi India akan menjadi terbesar ketiga di dunia sebelum akhir dekade ini," tulis ekonom Bank Dunia dalam laporan tersebut.
            """,
            "Ekonomi India akan menjadi", "ekonom Bank Dunia", SpeakerSource.SameSentence, "ekonom Bank Dunia"
        },
        {
            "not a term quoted in the narrative before an apposition: 'thanked his family and his \"hero\", Nelson Mandela, in his speech'",
            """
            Hotel Rwanda wins award

            US actor Will Smith, who won an honorary award at the ceremony, thanked his family and his "hero", Nelson Mandela, in his speech.
            """,
            "hero", "Will Smith", SpeakerSource.SameSentence, null
        },
        {
            "whoever is told is listening: a name and where they work, a comma, then told and an outlet",
            """
            Gadget market to grow

            "Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website.
            """,
            "Everything is going digital", "Kirsten Pfeifer", SpeakerSource.SameSentence, null
        },
        {
            "a title the tables do not know before a full name, a stray comma, then told",
            """
            Turkey knocks six zeros off lira

            "If a person has 10 billion lira in investments this will suddenly decrease," shop owner Hayriye Evren, told Associated Press.
            """,
            "If a person has", "Hayriye Evren", SpeakerSource.SameSentence, null
        },
        {
            "a peer's title is no part of the name, as Sir is not (ANNOTATION.md: without titles or honorifics)",
            """
            Lords defeat terror plans

            Lord Strathclyde, Tory leader in the Lords, said the bill would be "substantially re-written" by peers.
            """,
            "substantially re-written", "Strathclyde", SpeakerSource.SameSentence, null
        },
        {
            "a word alone that is not a named person's first is the person a quotation names in full by it",
            """
            PKB Dukung Prabowo Berantas Korupsi

            "Kami mengapresiasi ketegasan Presiden Prabowo Subianto. Polri di bawah Kapolri Jenderal Listyo Sigit Prabowo juga konsisten," kata Ketua Fraksi PKB Jazilul Fawaid.

            Prabowo menegaskan tak ada pihak yang kebal hukum.

            "Kita bertekad tidak ada kasus korupsi yang dibiarkan," kata Prabowo.
            """,
            "Kita bertekad", "Prabowo Subianto", SpeakerSource.EarlierMention, null
        },
        {
            "a closing mark after the comma and a stray space, glued to its cue, closes the quote; a firm's English possessive ends the title",
            """
            Arutmin Raih IUPK, Moody's: Ini Positif

            "Hal ini menyulitkan perusahaan tambang untuk mempersiapkan rencana produksi, "kata Analis & AVP Moody's Maisam Hasnain, dalam pernyataan tertulis, Jumat (6/11/2020).
            """,
            "Hal ini menyulitkan", "Maisam Hasnain", SpeakerSource.SameSentence, null
        },
        {
            "a title and its organisation set off by commas after the person who opens the sentence is an apposition",
            """
            Banjir Global Bond

            Rob Peters, Direktur Intelligize, mengatakan penerbitan obligasi korporasi sejauh ini menunjukkan upaya refinancing.

            "Mereka memanfaatkan suku bunga rendah saat ini," katanya.
            """,
            "Mereka memanfaatkan", "Rob Peters", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a lower-case title with its organisation, closed by a demonstrative, is the person just introduced",
            """
            Saham BTN Terbang Lagi

            Ketua Bidang Pengkajian dan Pengembangan Perbanas, Aviliani, mengatakan sektor perbankan sudah memiliki SOP.

            "Justru yang SOP-nya paling bagus dan paling siap itu perbankan," kata ekonom senior Institute for Development of Economics and Finance (INDEF) ini.
            """,
            "Justru yang SOP-nya", "Aviliani", SpeakerSource.EarlierMention, null
        },
        {
            "two titles joined by \"and\" after the verb, then the person who holds both",
            """
            What now for Kelly Holmes?

            "It is a lot easier being the double Olympic champion than training," points out former Olympian and BBC pundit Steve Cram.
            """,
            "It is a lot easier", "Steve Cram", SpeakerSource.SameSentence, null
        },
        {
            "\"it\" keen to point out: the organisation the sentence before named",
            """
            EU ministers to mull jet fuel tax

            The European Commission said a tax would only be passed after full consultation. It was keen to point out earlier this week that any new tax should not hurt the "competitiveness of the airlines".
            """,
            "competitiveness of the airlines", "European Commission", SpeakerSource.Pronoun, null
        },
        {
            "an organisation that reports speech in the sentence before an uncued quotation speaks it",
            """
            Strike threat over pension plans

            In a statement on Sunday, the Cabinet Office said it was reviewing the Civil Service Pension Scheme, and hoped to announce proposals soon. "Unions will of course be consulted about any proposed changes."
            """,
            "Unions will of course", "Cabinet Office", SpeakerSource.EarlierMention, null
        },
        {
            "\"went on\" closing its clause is a verb of speech, not \"went on to\"",
            """
            UK needs true immigration data

            Ms Roche, Labour MP for Hornsey and Wood Green, believes legal migration is something we should welcome. The City went on to expand the "order" operation. She went on: "What I would like to see is a body which actually looked at the figures."
            """,
            "What I would like to see", "Roche", SpeakerSource.Pronoun, null
        },
        {
            "an assistant's office whose field runs on with \"dan\", a comma, then the person who holds it",
            """
            Pemprov Siapkan Langkah Atasi Kemiskinan

            "Kami akan mengambil langkah cepat," ujar Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretaris Daerah Provinsi Jawa Barat, Rina Kartika Sari.
            """,
            "Kami akan mengambil", "Rina Kartika Sari", SpeakerSource.SameSentence, null
        },
        {
            "a plus closing an organisation's name is the name's own, so the person after the comma speaks",
            """
            Mantan Pegawai Minta Dipulihkan

            "Kami satu suara," kata Ketua Forum GEN5+ Institute, Rudi Hartono, saat dihubungi, Selasa (14/10).
            """,
            "Kami satu suara", "Rudi Hartono", SpeakerSource.SameSentence, null
        },
        {
            "Putera, a given name, opens the name of someone the article then calls by the next word",
            """
            Rupiah Melemah, Ekonom Nilai Hanya Sementara

            Kepala Ekonom Bahana Sekuritas Putera Satria Wibisono mengatakan tekanan terhadap rupiah datang dari luar negeri.

            "Bukan pelarian modal," kata Satria kepada wartawan.
            """,
            "Bukan pelarian modal", "Putera Satria Wibisono", SpeakerSource.EarlierMention, "Satria"
        },
        {
            "a firm, its lower-case title and the title's field, then the person set off by a comma",
            """
            Power station to close early

            "We have run the plant for thirty years," said EDF director of nuclear operations, Susan Hale.
            """,
            "We have run the plant", "Susan Hale", SpeakerSource.SameSentence, null
        },
        {
            "a word the article uses alone as the cue's subject (\"ujar Gilang dalam keterangannya\") opens the name before a given name",
            """
            Hutama Karya Tambah Ruas Tol

            Direktur Utama Hutama Karya Gilang Achmad Prasetyo mengatakan, perusahaan terus membangun jalan tol baru.

            "Kami memastikan setiap interaksi dilakukan dengan profesional," ujar Gilang dalam keterangannya, Selasa (21/10/2025).
            """,
            "Kami memastikan setiap", "Gilang Achmad Prasetyo", SpeakerSource.EarlierMention, "Gilang"
        },
        {
            "a given name misspelt by one letter at the cue is the person the article names in full",
            """
            Pemerintah Terbitkan Sukuk Hijau Global

            Wakil Menteri Keuangan Suahazil Nazara mengatakan penerbitan sukuk hijau terus berlanjut.

            "Kami juga memberikan sejumlah fasilitas," ujar Suahasil dalam acara tersebut.
            """,
            "Kami juga memberikan", "Suahazil Nazara", SpeakerSource.EarlierMention, "Suahasil"
        },
        {
            "a two-word name at the cue with its second word misspelt by one letter is the person named in full",
            """
            Kejari Tetapkan Tersangka Korupsi Kredit

            Kepala Seksi Intelijen Kejari Sikka Dimas Prastyo Utomo mengatakan para tersangka merekayasa dokumen.

            "Calo atau pegawai bank menjanjikan pencairan kredit," kata Dimas Prasetyo kepada wartawan.
            """,
            "Calo atau pegawai bank", "Dimas Prastyo Utomo", SpeakerSource.EarlierMention, null
        },
        {
            "a company's name of two words without its PT and Tbk is the company the article named in full",
            """
            Bumi Resources Minta Restu Kuasi Reorganisasi

            Saham PT Bumi Resources Tbk (BUMI) menguat 21% kemarin.

            "Kami akan menggunakan tambahan modal untuk menutup defisit," jelas manajemen Bumi Resources dalam keterbukaan informasi, Selasa (23/4/2024).
            """,
            "Kami akan menggunakan", "PT Bumi Resources Tbk", SpeakerSource.EarlierMention, "Bumi Resources"
        },
        {
            "a person's possessive before a title tells whose spokesman speaks, not who: the speaker is kept as described",
            """
            Blair backs inquiry into jailings

            Tony Blair met the families on Monday. "Obviously we will need to study this judgment carefully," Prime Minister Tony Blair's official spokesman said.
            """,
            "Obviously we will need", "Prime Minister Tony Blair's official spokesman", SpeakerSource.SameSentence, null
        },
        {
            "a possessive title with the person's name after it is that person",
            """
            Blair backs inquiry into jailings

            Tony Blair met the families on Monday. "We will study this judgment carefully," said Mr Blair's spokesman Tom Kelly.
            """,
            "We will study", "Tom Kelly", SpeakerSource.SameSentence, null
        },
        {
            "a German given name shows a man, so \"he\" goes to him and not to the man named before",
            """
            Business fears over sluggish EU economy

            Factory manager Herbert Stueker says that he now hopes to increase productivity. The real solution is to cut the wages of low skilled workers, says Helmut Schneider, director of the Institute for the Study of Labour at Bonn University. "Labour is too costly in Germany," he says.
            """,
            "Labour is too costly", "Helmut Schneider", SpeakerSource.Pronoun, "he"
        },
        {
            "a plural demonym before two names is no part of the first name",
            """
            Big guns ease through in San Jose

            Top-seeded Americans Andy Roddick and Andre Agassi both won on Tuesday. Roddick broke a racket and afterwards was unimpressed with his form. "I'm not playing great," he said.
            """,
            "I'm not playing great", "Andy Roddick", SpeakerSource.Pronoun, "he"
        },
        {
            "an election's name (Pilkada) is never the subject a -nya cue goes back to",
            """
            Sultan Usul Gubernur Dipilih DPRD

            Ketua DPD RI Sultan Baktiar Najamudin menilai pemangkasan dana transfer ke daerah memberatkan gubernur.

            "Oleh karena itu, jabatan gubernur tidak perlu lagi dipilih langsung melalui Pilkada. Pilkada langsung cukup di tingkat kabupaten," usul Sultan.
            Menurut Sultan, dengan proses Pilkada tidak langsung, para gubernur tidak memiliki tanggung jawab politik secara langsung. Gubernur cukup fokus melakukan pengawasan.
            "Di saat yang sama dapat mengurangi biaya politik," pungkasnya.
            """,
            "Di saat yang sama", "Sultan Baktiar Najamudin", SpeakerSource.Pronoun, "pungkasnya"
        },
        {
            "a football club's name is an organisation's, not a place before a person's name",
            """
            Q&A: Malcolm Glazer and Man Utd

            Shares in Manchester United rose on Monday. Supporters' group Shareholders United has rallied opposition to the bid. In October 2004, Manchester United said they had received a "preliminary approach" from Mr Glazer.
            """,
            "preliminary approach", "Manchester United", SpeakerSource.SameSentence, null
        },
        {
            "a statement speaks for whoever it is by its possessive; the club's closing word alone is the club",
            """
            Ferdinand casts doubt over Glazer

            Shares in Manchester United rose on Monday. Glazer owns a stake in the club, and United's statement to the stock exchange said: "The board has noted the recent press speculation on this subject."
            """,
            "The board has noted", "Manchester United", SpeakerSource.EarlierMention, null
        },
        {
            "capitals that are the initials of a person's name parts (a hyphenated word's parts each) are that person",
            """
            Blak-blakan STY soal Tawaran Melatih

            Shin Tae-yong berbicara terbuka soal peluang kembali melatih di Asia Tenggara.

            "Kalau nanti ada tawaran, tentu saya akan pertimbangkan," kata STY dalam wawancara.
            """,
            "Kalau nanti ada tawaran", "Shin Tae-yong", SpeakerSource.EarlierMention, "STY"
        },
        {
            "an acronym of several capital words is the organisation named in full; so is \"kata forum\" after a Forum's name",
            """
            Mahasiswa Khawatirkan Penggabungan Sekolah

            Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI menyampaikan keberatan atas rencana itu.

            "Dialog dengan mahasiswa belum dilakukan," ujar FMDM SIL UI dalam keterangannya.

            "Kami tidak menolak perubahan, namun kami menolak prosesnya," kata forum.
            """,
            "Dialog dengan mahasiswa", "Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI", SpeakerSource.EarlierMention, "FMDM SIL UI"
        },
        {
            "\"kata forum\" is the organisation whose name opens with Forum",
            """
            Mahasiswa Khawatirkan Penggabungan Sekolah

            Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI menyampaikan keberatan atas rencana itu kepada pimpinan Universitas Indonesia.

            "Kami berharap pimpinan Universitas Indonesia dapat membuka dialog," kata forum.
            """,
            "Kami berharap pimpinan", "Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI", SpeakerSource.EarlierMention, null
        },
        {
            "a known given name before the speaker's one word, inside a quotation, gives the full name",
            """
            Demo 'No Kings' Protes Trump di AS

            Ribuan orang berunjuk rasa di Washington. "Hei hei ho ho, Donald Trump harus pergi!" seru para pengunjuk rasa.

            Trump menanggapi aksi itu di televisi. "Mereka bilang mereka menyebut saya raja. Saya bukan raja," katanya.
            """,
            "Mereka bilang mereka", "Donald Trump", SpeakerSource.Pronoun, "katanya"
        },
        {
            "an English given name that Indonesian writes only as a word (Dan) opens the name after a firm's",
            """
            Ada yang Kaya Raya Sebelum Harga Luna Ambruk

            Bahkan saat dana tersebut terjual, CEO Pantera Capital Dan Morehead pada Desember 2021 mengatakan token ini menjanjikan.

            "Kami pikir ini adalah salah satu koin paling menjanjikan," kata Morehead.
            """,
            "Kami pikir ini", "Dan Morehead", SpeakerSource.EarlierMention, "Morehead"
        },
        {
            "Kasintel is the article's Kasi Intel",
            """
            Eks Ketua DPRD Ditahan Kejaksaan

            Kasi Intel Kejaksaan Negeri Bandung Budi Santoso mengatakan tersangka ditahan selama 20 hari.

            "Kerugian keuangan daerah mencapai miliaran rupiah," kata Kasintel.
            """,
            "Kerugian keuangan daerah", "Budi Santoso", SpeakerSource.EarlierMention, "Kasintel"
        },
        {
            "a verb of speech glued to a name by a copied page is a word of its own, so the name stays whole",
            """
            Jawaban Menteri soal Impor BBM

            Menteri ESDM Bahlil Lahadaliamengatakan pemerintah tetap memberi kuota impor kepada SPBU swasta.

            "Jadi kuota impor kita kasih, bukan nggak kita kasih," katanya.
            """,
            "Jadi kuota impor", "Bahlil Lahadalia", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a name the article returns to after 'ke' is still the person the cue names, not a place",
            """
            Skema Gaji Tunggal PNS Belum Berlaku Tahun Depan

            Direktur Anggaran Kemenkeu, Rofyanto Kurniawan mengatakan skema itu diarahkan untuk jangka menengah.

            "Itu disebutkan jangka menengah ya, jadi memang nggak dalam waktu dekat," kata Rofyanto kepada wartawan.

            Kembali ke Rofyanto, dia menyebut keadaan fiskal akan menjadi pertimbangan pemerintah.
            """,
            "Itu disebutkan jangka", "Rofyanto Kurniawan", SpeakerSource.EarlierMention, "Rofyanto"
        },
        {
            "two honorifics in a row (Prof KH): the second, in capitals, is no initials of the name",
            """
            MUI Izinkan Zakat untuk Iuran BPJS

            Ketua MUI Bidang Fatwa Prof KH Asrorun Niam Sholeh menyebut fatwa itu bentuk dukungan ulama bagi pekerja rentan.

            "Bagian dari kemitraan MUI dengan pemerintah," kata Prof Niam.
            """,
            "Bagian dari kemitraan", "Asrorun Niam Sholeh", SpeakerSource.EarlierMention, "Prof Niam"
        },
        {
            "an inverted cue ending the sentence before ('…, says Mr Pearson.') gives the quotation after it its speaker",
            """
            Phones printed on wrists by 2020

            Ian Pearson, BT's resident futurologist, thinks phones will be printed on to skin.

            So MP3 players will disappear into clothing, says Mr Pearson. "So the gadgets that fill up your handbag go into fabric. You won't see the electronics."
            """,
            "So the gadgets", "Ian Pearson", SpeakerSource.EarlierMention, "Mr Pearson"
        },
        {
            "an inverted cue set off by commas in the sentence before ('Then, says Mr Kotamaraja, …') gives the quotation after it its speaker",
            """
            Blogs help tsunami relief

            Dina Mehta, a blogger in Mumbai, said the site drew volunteers.

            Ramdhan Yadav Kotamaraja set up an online payment system on his website. Then, says Mr Kotamaraja, the blogging world found out. "All my blogger friends started linking up my site."
            """,
            "All my blogger friends", "Ramdhan Yadav Kotamaraja", SpeakerSource.EarlierMention, "Mr Kotamaraja"
        },
        {
            "a pronoun and its verb set off by commas in the sentence before ('The job, she says, was exhausting.') speak the quotation after it",
            """
            Night shifts take their toll

            Nurse Amy Lowe, 31, works nights at a hospital in Leeds.

            The job, she says, was exhausting. "I slept for two days after my first week."
            """,
            "I slept for two days", "Amy Lowe", SpeakerSource.Pronoun, "she"
        },
        {
            "an English given name that is also a word (Miles, Bill) opens the sentence's name, not the sentence",
            """
            No seasonal lift for house market

            Miles Shipside, commercial director at Rightmove, said sellers would have to be "more realistic with their asking prices".

            "Even once the quieter holiday period is over, sellers will face a tougher market," Mr Shipside said.
            """,
            "Even once the quieter", "Miles Shipside", SpeakerSource.EarlierMention, "Mr Shipside"
        },
        {
            "no surname from a headline's word after a one-word name, even before a comma (Luhut Murka, …)",
            """
            Luhut Murka, Proyek Smelter Molor Dua Tahun

            Hal itu disampaikan Luhut usai rapat koordinasi di Jakarta, Rabu (4/6/2025).

            "Saya minta proyek ini selesai tahun depan," kata Luhut.
            """,
            "Saya minta proyek", "Luhut", SpeakerSource.SameSentence, "Luhut"
        },
        {
            "no surname from a headline verb after the name",
            """
            Sidang Kabinet Setahun, Prabowo Puji Jokowi

            Presiden Prabowo menyampaikan apresiasi dalam sidang kabinet di Istana, Senin (20/10/2025).

            "Kita harus berterima kasih kepada pemerintahan sebelumnya," kata Prabowo.
            """,
            "Kita harus berterima", "Prabowo", SpeakerSource.SameSentence, "Prabowo"
        },
        {
            "a party's name ends a faction's name before the person (Fraksi Golkar Riswan Tony)",
            """
            Sewa Jet Pribadi Bikin KPU Kena Sanksi

            Isu jet pribadi ini bukan barang baru bagi petinggi KPU RI, usai diungkap anggota DPR RI dalam rapat.

            Anggota Komisi II DPR RI Fraksi Golkar Riswan Tony kala itu menyoroti gaya hidup anggota KPU.

            "Empat tahun ini ngapain aja mereka," kata Riswan.
            """,
            "Empat tahun ini", "Riswan Tony", SpeakerSource.EarlierMention, "Riswan"
        },
        {
            "a day's name before its date is no word of the name before it",
            """
            Laporan Ekonomi Asia

            "Pertumbuhan kawasan akan melambat tahun depan," tulis CNBC International Kamis (5/10/2023).
            """,
            "Pertumbuhan kawasan", "CNBC International", SpeakerSource.SameSentence, "CNBC International"
        },
        {
            "a capitalised name particle after a country opens the name (China Le Yucheng)",
            """
            AS dan China Capai Kemajuan Dagang

            Wakil Menteri Luar Negeri China Le Yucheng mengatakan bahwa AS dan China telah mencapai perkembangan dalam perundingan.

            "Yang China inginkan adalah memberikan kepastian," katanya.
            """,
            "Yang China inginkan", "Le Yucheng", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a lone 'I' after a title is the title's number, not the name's (Wakil Menteri Keuangan I Suahasil Nazara)",
            """
            APBN Harus Sehat

            "APBN yang sehat itu menjadi anchor," kata Wakil Menteri Keuangan I Suahasil Nazara dalam acara itu.
            """,
            "APBN yang sehat", "Suahasil Nazara", SpeakerSource.SameSentence, "Wakil Menteri Keuangan I Suahasil Nazara"
        },
        {
            "'I Dewa' opens a Balinese name after a title's field (Direktur Produksi I Dewa Wirantaya)",
            """
            Garuda Dapat Suntikan Dana

            "Mudah-mudahan bisa sesuai dengan skenario," kata Direktur Produksi I Dewa Wirantaya.
            """,
            "Mudah-mudahan", "I Dewa Wirantaya", SpeakerSource.SameSentence, "Direktur Produksi I Dewa Wirantaya"
        },
        {
            "'Syariah' ends a bank's name before the person (Bank Mega Syariah Rasmoro Pramono Aji)",
            """
            Bank Mega Syariah Teken Pembiayaan

            "Sinergi ini sejalan dengan fokus kami," kata Direktur Bank Mega Syariah Rasmoro Pramono Aji.
            """,
            "Sinergi ini", "Rasmoro Pramono Aji", SpeakerSource.SameSentence, "Direktur Bank Mega Syariah Rasmoro Pramono Aji"
        },
        {
            "a former post closed by 'ini' after the cue describes the person named before, not the firm in it",
            """
            Garuda Siap Restrukturisasi Utang

            Wakil Menteri BUMN Kartiko Wirjoatmodjo mengatakan utang Garuda membengkak setelah pandemi.

            "Yang memang secara PSAK dicatatkan, diharuskan dicatat sebagai kewajiban," kata mantan Dirut PT Bank Mandiri (Persero) Tbk (BMRI) ini.
            """,
            "Yang memang secara", "Kartiko Wirjoatmodjo", SpeakerSource.EarlierMention, null
        },
        {
            "a social-media handle at the cue is the speaker, at sign and all",
            """
            Gyokeres Banjir Pujian

            Warganet ramai memuji penampilan striker asal Swedia itu di media sosial X.

            "Kelas King! Gol pertamanya bikin merinding," tulis akun @taufiqqurra.
            """,
            "Kelas King!", "@taufiqqurra", SpeakerSource.SameSentence, "@taufiqqurra"
        },
        {
            "Philip Jefferson Senin pekan lalu: a day's name ending the run is no word of the name",
            """
            Harga Emas Turun

            Gubernur Fed Governor Philip Jefferson Senin pekan lalu (27/3/2023) menegaskan komitmen bank sentral.

            "Inflasi harus dibawa kembali ke kisaran target," tutur Jefferson.
            """,
            "Inflasi harus dibawa", "Philip Jefferson", SpeakerSource.EarlierMention, "Jefferson"
        },
        {
            "capitalised English words only name a foreign organisation in an Indonesian article (Freedom House)",
            """
            AI Bikin Pemilu Kacau

            "AI generatif mengancam akan meningkatkan kampanye disinformasi," kata lembaga nirlaba Freedom House dalam sebuah laporan.
            """,
            "AI generatif", "Freedom House", SpeakerSource.SameSentence, "Freedom House"
        },
        {
            "a title's fields after 'Bidang' joined by 'dan' stay in the title, so the person after them opens the sentence",
            """
            Dunia Kacau, Masalah Makin Banyak

            "Guncangan ini bukan hal yang sepele," kata Menteri Keuangan Sri Mulyani Indrawati.

            Staf Khusus Menteri Keuangan Bidang Perumusan Kebijakan Fiskal dan Makroekonomi Masyita Crystallin menggarisbawahi risiko perlambatan di China. "Dampaknya ke berbagai negara besar," tegasnya.
            """,
            "Dampaknya ke berbagai", "Masyita Crystallin", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "an outlet named by one word (dikutip Reuters) is an organisation, never the person '-nya' goes back to",
            """
            Rupiah Melemah Lagi

            Ahli strategi mata uang di DailyFX, Margaret Yang, sebagaimana dikutip Reuters mengatakan saat bank sentral membeli obligasi pemerintahnya, maka akan menciptakan inflasi. "Bank Sentral AS (The Fed) melakukan hal yang sama," katanya.
            """,
            "Bank Sentral AS", "Margaret Yang", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a one-word name takes the surname a quotation gives it ('Saya Prabowo Subianto Presiden RI ke-8')",
            """
            Prabowo Marah soal Koruptor

            Presiden Prabowo menyampaikan kekesalannya dalam pidato di Jakarta, Senin (20/10/2025).

            "Saya Prabowo Subianto Presiden RI ke-8 akan naikkan gaji hakim," kata Prabowo.

            "Percuma kita punya polisi yang hebat kalau hakimnya bisa dibeli," ujarnya.
            """,
            "Percuma kita punya", "Prabowo Subianto", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "'criticises' puts the fragment after it in its subject's words",
            """
            Reaction from Spanish press

            And like AS, Marca criticises Gary Neville for "leaving a message on Reyes' ankle" to remind him of the clash.
            """,
            "leaving a message", "Marca", SpeakerSource.SameSentence, "Marca"
        },
        {
            "an outlet's one-word name that is the surname of a person named in full is that person (Bloomberg)",
            """
            Bloomberg Umumkan Hibah Iklim

            Miliarder Michael Bloomberg mengumumkan hibah untuk riset iklim di 20 universitas.

            "Krisis iklim tidak bisa menunggu," kata Bloomberg.

            "Kami akan mendanai 20 universitas," ujarnya.
            """,
            "Kami akan mendanai", "Michael Bloomberg", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "no sole voice for a quotation after a sentence about someone else's words",
            """
            Sprinter ready for Paris

            Sprinter Jonnie Ellis, 22, from Leeds, says he is ready for Paris.

            "I have trained harder this year than ever before," he said.

            His mother's words still drive him. "Never let anyone tell you what you cannot do."
            """,
            "Never let anyone", null, SpeakerSource.None, null
        },
        {
            "degrees after a name stay out of it (MPH MS RD), and 'Konselor' is a title",
            """
            Manfaat Ubi Jalar

            "Merebus ubi jalar dapat menurunkan indeks glikemiknya," kata ahli gizi Seema Shah MPH MS RD.

            "Tahun pertama sepenuhnya tentang menyesuaikan diri," ujar Konselor Sayaka Sayeed.
            """,
            "Merebus ubi jalar", "Seema Shah", SpeakerSource.SameSentence, null
        },
        {
            "an unnamed description, a comma and a name: the name is the speaker",
            """
            Kaligawe Banjir Lagi, Pengemudi Ojol Kesulitan

            "Ini sudah hujan dari kemarin sore, mulai banjir dari malam tadi," kata salah satu pengemudi ojol asal Genuk, Wawan (35) kepada wartawan di lokasi, Rabu (22/10/2025).

            Ia terpaksa menunggu di pom bensin Jalan Sultan Agung.

            "Kita jadi sulit banget mencari penumpang," ujarnya.
            """,
            "Kita jadi sulit", "Wawan", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a longer unnamed description with a place, a comma and a name with its age: the name is the speaker",
            """
            Harga Cabai Naik Tajam

            "Sekarang sudah Rp 80 ribu sekilo, pembeli jadi sepi," kata salah satu pedagang di Pasar Kramat Jati, Slamet (52), Senin (6/10/2025).
            """,
            "Sekarang sudah", "Slamet", SpeakerSource.SameSentence, "Slamet"
        },
        {
            "a peer's title and territorial designation are no part of the name (Lord Nicholls of Birkenhead is Nicholls)",
            """
            Law lords rule against detention

            Lord Nicholls of Birkenhead said: "Indefinite imprisonment without charge or trial is anathema in any country which observes the rule of law."
            """,
            "Indefinite imprisonment", "Nicholls", SpeakerSource.SameSentence, "Lord Nicholls"
        },
        {
            "a person named by one letter at the cue, and a detik channel glued to the 'di' after it, named nobody else",
            """
            Calon Siswa Mampu Lolos Jalur Afirmasi

            Kepala SMAN 1 Sukorejo, Rohadi mengaku sekolah tidak tahu soal data itu.

            "Saya tidak pernah mendaftar sebagai keluarga miskin," kata S saat ditemuidetikJatengdi rumahnya, Kamis (26/6).

            "Awalnya memang tidak bisa lewat jalur prestasi," ujarnya.
            """,
            "Awalnya memang", "S", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a firm's English word before a one-word name the article uses alone ends the firm (Krakatau Steel Tardi)",
            """
            Krakatau Steel Lunasi Utang Rp 2,9 Triliun

            "Sesuai dengan perjanjian kredit restrukturisasi, kami melunasi utang lebih cepat," kata Direktur Keuangan Krakatau Steel Tardi, dalam keterangannya.

            "Sumber pembayaran utang ini dari kas internal," tambah Tardi.
            """,
            "Sumber pembayaran", "Tardi", SpeakerSource.SameSentence, "Tardi"
        },
        {
            "a room named after someone (di Ruang Hatta Ali) is a place, and 'Jaksa Penuntut Umum' is the speaker as written",
            """
            Saksi Ungkap Manipulasi Saham

            "Saudara tadi menyebutkan ada upaya memanipulasi transaksi. Saya ingin menanyakan rinciannya," tanya Jaksa Penuntut Umum, Rabu (19/8/2020) di Ruang Hatta Ali, Pengadilan Negeri Jakarta Pusat.
            """,
            "Saudara tadi", "Jaksa Penuntut Umum", SpeakerSource.SameSentence, "Jaksa Penuntut Umum"
        },
        {
            "a circular (Surat Edaran) told about between two quotations is no one who speaks",
            """
            Wamen Dorong Pengembangan Talenta Digital

            Wakil Menteri Komunikasi dan Digital Nezar Patria mengatakan talenta digital menjadi kunci.

            "Kita membutuhkan basis data terpadu untuk pelatihan," tuturnya.

            Komdigi menerbitkan Surat Edaran Menteri Nomor 5 Tahun 2025. Surat Edaran ini menginstruksikan pengumpulan data pelatihan dari berbagai pihak.

            "Dengan upaya ini, kita dapat mengoptimalkan sumber daya," pungkasnya.
            """,
            "Dengan upaya ini", "Nezar Patria", SpeakerSource.Pronoun, "pungkasnya"
        },
        {
            "quotations with no cue in a piece whose lead introduces the one person who speaks in it are theirs",
            """
            My memories of Marley

            To mark the 60th anniversary of the birth of reggae star Bob Marley, Rob Partridge - Marley's former head of press at Island Records - remembers the man behind the legend.

            : "I joined Island Records in 1977 and the first week I was there I worked on his show at the Rainbow Theatre."

            : Bob was one of the most mesmeric people I've ever worked with. "He must have had an iron will to succeed."
            """,
            "He must have had", "Rob Partridge", SpeakerSource.EarlierMention, null
        },
        {
            "no sole voice when the only person who speaks is named after the first quotation; the paragraph before, which ends on the person it introduces as its subject, gives the quotation to them",
            """
            UKIP's secret weapon?

            By any measure, New Yorker Dick Morris is an unlikely figure to be advising a party like UKIP.

            "I was on a cruise in the Mediterranean and they came to see me on the boat."

            So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once notoriously declared?
            """,
            "I was on a cruise", "Dick Morris", SpeakerSource.EarlierMention, "New Yorker Dick Morris"
        },
        {
            "a second speaker inside the first one's report in the same sentence is told about, and -nya goes on with the first",
            """
            Target SBN Ritel Naik

            Direktur Surat Utang Negara DJPPR Kemenkeu, Deni Ridwan mengatakan, target yang dipatok Sri Mulyani telah dicapai.

            "Tahun ini kita ditargetkan untuk bisa tambah," kata Deni dalam acara itu.

            Deni mengungkapkan, melalui penambahan target itu, Sri Mulyani berharap, masyarakat akan semakin banyak yang bisa memperoleh manfaat.

            "Sehingga masyarakat makin banyak bisa menikmati manfaat berinvestasi," tuturnya.
            """,
            "Sehingga masyarakat", "Deni Ridwan", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in English the person whose words someone reports ('Cook said Lord Goldsmith's admission suggested …') is not who 'he' is next",
            """
            Goldsmith denies war advice claim

            Lord Goldsmith said his answer had been his own view.

            Former foreign secretary Robin Cook said Lord Goldsmith's admission that his answer was not a summary suggested Parliament may have been misled.

            "The attorney general may never have presented his answer as a summary, but others certainly did," he said.
            """,
            "The attorney general may", "Robin Cook", SpeakerSource.Pronoun, "he"
        },
        {
            "in English the name after 'told' is who heard it, not who spoke",
            """
            Blair dismisses quit claim report

            Tony Blair has dismissed reports he told Gordon Brown he would quit before the next general election.

            "You don't do deals over jobs like this," he told BBC One.
            """,
            "You don't do deals", "Tony Blair", SpeakerSource.Pronoun, "he"
        },
        {
            "after a firm's bracketed short name the person's name opens, even with a word firms use ('Mustika')",
            """
            Kejaksaan Buru DPO Miras Ilegal

            Hal senada disampaikan Direktur PT Prima Global Baverindo (PGB) Mustika Aji Jaya Binangun. Ia bersaksi bahwa Dominikus sudah bukan pegawai PT PGB.

            "PT PGB legalitasnya ada semua, perusahaan kami resmi," paparnya.
            """,
            "PT PGB legalitasnya", "Mustika Aji Jaya Binangun", SpeakerSource.Pronoun, "paparnya"
        },
        {
            "a profession is a title ('Apoteker Noel Wicks'), so the article's own Noel is who 'kata Noel' names, not the nickname table's",
            """
            Masalah Kesehatan Ini Kini Dirasakan Anak Muda

            Dikutip dari laman Express, menurut Apoteker Noel Wicks, sebuah laporan baru menemukan bahwa orang dengan usia muda sudah mengalami arthritis.

            "Yang saya rasa sangat mengkhawatirkan adalah satu dari lima orang berusia muda menderita artritis," katanya.

            "Untuk nyeri yang tidak serius, pereda nyeri topikal bisa sangat efektif." kata Noel.
            """,
            "Untuk nyeri yang", "Noel Wicks", SpeakerSource.EarlierMention, "Noel"
        },
        {
            "a surname with its particle glued on ('LaNeve', 'DiCaprio') is a person's, not a brand's capital inside a word",
            """
            GM, Ford cut output as sales fall

            "The calendar year is starting off slower than expected," said Mark LaNeve, GM's vice president for North American sales, service and marketing.
            """,
            "The calendar year", "Mark LaNeve", SpeakerSource.SameSentence, "Mark LaNeve"
        },
        {
            "'laporan itu' is the report named before, and speaks for who wrote it there ('kata Moody's dalam sebuah laporan'), not the outlet that carried it",
            """
            Moody's Beri Peringatan Krisis Air India

            "Kekurangan air dapat mengganggu pertanian dan industri," kata Moody's dalam sebuah laporan pada hari Selasa, dikutip CNBC International.

            India sangat bergantung pada musim hujan untuk memenuhi kebutuhan air.

            "Hal ini pada gilirannya dapat memperburuk volatilitas pertumbuhan India," ungkap laporan itu lagi.
            """,
            "Hal ini pada", "Moody's", SpeakerSource.EarlierMention, "laporan"
        },
        {
            "'tulis keterangan tersebut' after 'Dalam keterangan yang disampaikan OJK': the statement speaks for the agent that gave it",
            """
            OJK Cermati Risiko Tapering

            Dalam keterangan yang disampaikan OJK, di domestik sudah mulai terdapat indikasi perbaikan dari indikator sektor riil.

            "OJK juga akan memperkuat koordinasi dengan para stakeholder dalam rangka menjaga stabilitas sistem keuangan," tulis keterangan tersebut, Kamis (30/9/2021).
            """,
            "OJK juga akan", "OJK", SpeakerSource.EarlierMention, "keterangan"
        },
        {
            "a title before an organisation's name with no name after it ('kata Ketua DKPP') is someone the article does not name, kept as the text describes them, and -nya goes on with them",
            """
            KPU Kena Sanksi Keras

            DKPP menjatuhkan sanksi kepada Ketua KPU Mochammad Afifuddin.

            "Menjatuhkan sanksi peringatan keras kepada Teradu I Muhammad Afifuddin dan Teradu II Idham Holik," kata Ketua DKPP dalam sidang putusan yang disiarkan melalui YouTube DKPP, Selasa (21/10/2025).

            "Menjatuhkan sanksi peringatan keras kepada Teradu VII," sambungnya.
            """,
            "Menjatuhkan sanksi peringatan keras kepada Teradu VII", "Ketua DKPP", SpeakerSource.Pronoun, "sambungnya"
        },
        {
            "a lower-case title before an organisation ('juru bicara Kemlu Singapura') is an unnamed speaker, not the organisation",
            """
            Misteri Surya Darmadi

            Surya Darmadi disebut berada di Singapura.

            "Menurut catatan imigrasi kami, Surya Darmadi tidak berada di Singapura," kata juru bicara Kemlu Singapura dalam pernyataannya.
            """,
            "Menurut catatan imigrasi", "juru bicara Kemlu Singapura", SpeakerSource.SameSentence, "juru bicara Kemlu Singapura"
        },
        {
            "a title before an organisation is the person the article names with that title, when it does ('Ketua KPK Setyo Budiyanto')",
            """
            KPK Tindak Lanjuti Laporan

            Ketua KPK Setyo Budiyanto hadir dalam rapat itu. Ia membahas banyak hal.

            "Kami akan menindaklanjuti laporan itu," kata Ketua KPK kepada wartawan.
            """,
            "Kami akan menindaklanjuti", "Setyo Budiyanto", SpeakerSource.EarlierMention, "Ketua KPK"
        },
        {
            "initials in brackets that leave out the name's opening initial ('Dr M Hidayat Nur Wahid (HNW)') keep it in the name",
            """
            HNW Dukung Menpora

            Wakil Ketua MPR RI Dr M Hidayat Nur Wahid (HNW) mendukung sikap Menteri Pemuda dan Olahraga.

            "Kecuali memang manuver mereka adalah untuk kembali menggagalkan Indonesia," ujar HNW.
            """,
            "Kecuali memang manuver", "M Hidayat Nur Wahid", SpeakerSource.EarlierMention, "HNW"
        },
        {
            "a one-word title after a name the article uses alone ('Fahmi Hakim' … 'Fahmi mengatakan') is the surname",
            """
            Warga Ngadu ke DPRD Banten

            Ketua DPRD Banten, Fahmi Hakim, menyatakan DPRD Banten akan mengawasi aktivitas pertambangan. Fahmi mengatakan DPRD akan mendorong percepatan Pergub.

            "DPRD Banten mendukung percepatan penerbitan Peraturan Gubernur," ujarnya.
            """,
            "DPRD Banten mendukung", "Fahmi Hakim", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "a name after 'akrab disapa' ('commonly called') is what the person named last is called",
            """
            Banyak Penipuan Berkedok Syariah

            Hal ini diungkapkan oleh Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi dan Perlindungan Konsumen (PEPK) Friderica Widyasari Dewi.

            "Sejak 1 Januari sampai dengan sekarang ada sekitar 12.349 pelaporan," kata wanita yang akrab disapa Kiki itu dalam konferensi pers secara daring, Selasa (8/7/2025).
            """,
            "Sejak 1 Januari", "Friderica Widyasari Dewi", SpeakerSource.EarlierMention, "Kiki"
        },
        {
            "a cue's bare form after a degree word ('yang paling jelas') is an adjective: no sentence of speech, no unnamed speaker",
            """
            Lebah Bisa Mendeteksi Polusi

            Guru Besar Biologi IPB University, Prof. Dr. Rika Raffiudin, menjelaskan jika saat lingkungan tercemar, lebah madu dapat menunjukkan beberapa perubahan.

            Salah satu tanda yang paling jelas adalah peningkatan jumlah lebah yang mati.

            "Bioindikator lainnya antara lain mencairnya sebagian lilin sarang," jelasnya.
            """,
            "Bioindikator lainnya", "Rika Raffiudin", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "a capitalised noun inside a title's organisation ('anggota Dewan Pakar Partai Gerindra tersebut') is a word of its name, not a noun pointing back to some organisation",
            """
            DPR Soroti Kendala Transportasi Menuju IKN

            Anggota Komisi VII DPR RI Bambang Haryo Soekartono (BHS) mendesak pemerintah mengevaluasi rencana pemindahan Ibu Kota Negara (IKN) ke Kalimantan Timur.

            BHS juga menyoroti keterbatasan kapasitas transportasi udara. Sementara bandara IKN sendiri hanya bisa menampung sekitar 600 penumpang per hari.

            "Belum lagi wilayah Sumatera, Sulawesi, Bali, dan NTT yang akan menuju ke IKN," tegas anggota Dewan Pakar Partai Gerindra tersebut.
            """,
            "Belum lagi wilayah", "Bambang Haryo Soekartono", SpeakerSource.EarlierMention, null
        },
        {
            "a person of an institution after an honorific ('Dr Jeremy Philpott of the UK Patent Office') is the person, the institution apart",
            """
            Open source leaders slam patents

            "Some of the patents have dubious validity," said Dr Jeremy Philpott of the UK Patent Office.
            """,
            "Some of the patents", "Jeremy Philpott", SpeakerSource.SameSentence, "Dr Jeremy Philpott"
        },
        {
            "'X was quoted in the Guardian newspaper saying:' is X's quotation, not the outlet's",
            """
            Tory candidate quits over remark

            Danny Kruger had been due to take on Tony Blair in Sedgefield. Mr Kruger was quoted in the Guardian newspaper saying: "We plan to introduce a period of creative destruction in the public services."
            """,
            "We plan to introduce", "Danny Kruger", SpeakerSource.EarlierMention, "Mr Kruger"
        },
        {
            "the seat after 'MP for' ('David Cameron, MP for Witney, added:') names no one",
            """
            Blair 'said he would stand down'

            Conservative policy co-ordinator David Cameron, MP for Witney, added: "If it wasn't so serious it would be funny."
            """,
            "If it wasn't so serious", "David Cameron", SpeakerSource.SameSentence, "David Cameron"
        },
        {
            "an inverted cue after a comma and a closing mark that opened no quotation ('… Penajam Paser Utara,\" tulis Sri Mulyani') names its speaker after the verb",
            """
            Jembatan Balikpapan ke Ibu Kota Baru Sudah Jadi

            Menteri Keuangan Sri Mulyani Indrawati menjelajahi kawasan ibu kota negara baru.

            'Melanjutkan perjalanan saya di Pulau Kalimantan, saya bersama Pak Basuki Hadimuljono Menteri PUPR @kemenpupr mengunjungi lokasi jembatan Penajam Paser Utara," tulis Sri Mulyani dalam akun Instagram.

            "Proyek infrastruktur untuk mendukung pembangunan bakal Ibu Kota Negara ini dibiayai oleh SBSN," ujarnya.
            """,
            "Proyek infrastruktur", "Sri Mulyani Indrawati", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "the sole voice's own verb of speech in the sentence before ('But he admitted …') does not keep the quotation after it from them",
            """
            Umaga ready for Lions

            All Blacks captain Tama Umaga has warned the Lions will be his most fearsome opponents yet.

            Umaga admitted the fear of injury weighed on his mind ahead of the charity game. But he admitted the value of the cause easily won him over. "The second the coach made the approach, I did not hesitate."
            """,
            "The second the coach", "Tama Umaga", SpeakerSource.EarlierMention, null
        },
        {
            "guard: a speaker in a 'yang' clause before the sentence's subject ('Menanggapi pernyataan Menko Polhukam Budi Gunawan yang menyebut …, Puan mengatakan') is no reporter",
            """
            Puan Tanggapi Wacana Penundaan Pilkada

            Jakarta - Ketua DPR RI Puan Maharani angkat bicara soal wacana penundaan Pilkada serentak.

            Menanggapi pernyataan Menko Polhukam Budi Gunawan yang menyebut situasi keamanan belum kondusif, Puan mengatakan DPR akan meminta penjelasan pemerintah terlebih dahulu.

            "Kami tentu ingin mendengar dulu alasan pemerintah secara utuh," ujarnya di Kompleks Parlemen, Senayan, Jakarta, Selasa (8/10/2024).

            "Jangan sampai keputusan diambil tanpa kajian yang matang," lanjutnya.
            """,
            "Kami tentu ingin", "Puan Maharani", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "guard: a brand with a capital inside ('DuPont said') stays an organisation, so 'it said' is the firm's",
            """
            Dow and DuPont agree merger

            Chemical giants Dow Chemical and DuPont have agreed to merge in a deal worth $130bn.

            Dow Chemical said the combined company would later be split into three separate businesses.

            DuPont said the deal would create "a stronger and more focused" group.

            "This is a transformational moment for our shareholders," it said in a statement.
            """,
            "This is a transformational", "DuPont", SpeakerSource.Pronoun, "it"
        },
        {
            "guard: a nickname after 'yang biasa dipanggil' that hangs on someone else ('adiknya yang biasa dipanggil Ucok') is that someone's",
            """
            Kopi Keliling Bersepeda Jadi Primadona di Car Free Day

            Jakarta - Pedagang kopi keliling bersepeda kian mudah dijumpai di kawasan car free day Sudirman-Thamrin.

            Andi Saputra (34) sudah tiga tahun berjualan kopi di kawasan itu bersama adiknya yang biasa dipanggil Ucok.

            "Sehari bisa laku 150 gelas kalau cuaca cerah," kata Andi, Minggu (21/7/2024).

            "Saya yang bagian meracik, abang yang melayani pembeli," kata Ucok menimpali.
            """,
            "Saya yang bagian meracik", "Ucok", SpeakerSource.SameSentence, "Ucok"
        },
        {
            "guard: an unnamed speaker of the sentence before wins over a title that spoke earlier ('Seorang warga lain mengaku …' after 'kata Kepala Pelaksana BPBD Garut')",
            """
            Longsor Timbun Rumah Warga di Garut

            Garut - Longsor menimbun tiga rumah warga di Kecamatan Cisewu, Kabupaten Garut.

            "Tim gabungan masih melakukan pencarian terhadap satu warga yang diduga tertimbun," kata Kepala Pelaksana BPBD Garut dalam keterangannya, Selasa (7/5/2024).

            Warga sekitar mengaku khawatir akan terjadi longsor susulan. Seorang warga lain mengaku rumahnya retak akibat pergerakan tanah.

            "Dinding dapur saya retak semua, kami takut tidur di rumah," katanya.
            """,
            "Dinding dapur saya", "Seorang warga lain", SpeakerSource.Pronoun, "katanya"
        },
        {
            "guard: a witness asked for a statement ('meminta keterangan dari Andi Wijaya') is not the writer of 'keterangan tersebut'",
            """
            Sopir Truk Jadi Tersangka Kecelakaan Daan Mogot

            Jakarta - Polres Metro Jakarta Barat menetapkan sopir truk sebagai tersangka kecelakaan beruntun di Jalan Daan Mogot. Hal itu disampaikan polisi dalam keterangan tertulis, Selasa (12/3/2024).

            Penyidik telah meminta keterangan dari Andi Wijaya (45), sopir truk tersebut, serta tiga saksi lain di lokasi.

            "Tersangka dijerat Pasal 310 UU Lalu Lintas dengan ancaman enam tahun penjara," tulis keterangan tersebut.
            """,
            "Tersangka dijerat", "Polres Metro Jakarta Barat", SpeakerSource.EarlierMention, null
        },
        {
            "name after a two-word regency the article writes alone ('Kejaksaan Negeri Ogan Ilir Darmawan' after 'Kabupaten Ogan Ilir') is the one word after it",
            """
            Mantan Kades di Ogan Ilir Ditahan Kasus Dana Desa

            Palembang - Mantan kepala desa di Kabupaten Ogan Ilir ditahan atas dugaan korupsi dana desa. Penahanan dilakukan Kejaksaan Negeri Ogan Ilir, Senin (3/11/2025).

            Kasi Pidsus Kejaksaan Negeri Ogan Ilir Darmawan mengatakan tersangka ditahan selama 20 hari ke depan.

            "Tersangka kami tahan di Rutan Kelas I Palembang untuk mempermudah pemeriksaan," kata Darmawan.
            """,
            "Tersangka kami tahan", "Darmawan", SpeakerSource.SameSentence, "Darmawan"
        },
        {
            "a firm's two words that end a name elsewhere ('PT Hutama Karya (Persero)') end the title before a one-word name ('Direktur Utama Hutama Karya Budiman')",
            """
            Hutama Karya Kebut Tol Trans Sumatera

            Jakarta - PT Hutama Karya (Persero) menargetkan ruas tol baru di Sumatera rampung akhir tahun ini.

            Direktur Utama Hutama Karya Budiman mengatakan pekerjaan konstruksi sudah mencapai 80 persen.

            "Kami optimistis ruas ini bisa dilalui pemudik pada Lebaran tahun depan," kata Budiman.
            """,
            "Kami optimistis", "Budiman", SpeakerSource.SameSentence, "Budiman"
        },
        {
            "guard: a two-word name after a bank's name stays whole when the article calls him by the surname ('Bank Permata Josua Pardede' … 'kata Pardede')",
            """
            Rupiah Diprediksi Menguat Pekan Depan

            Jakarta - Rupiah diperkirakan menguat pada pekan depan seiring meredanya tekanan global.

            Kepala Ekonom Bank Permata Josua Pardede mengatakan aliran modal asing mulai kembali ke pasar obligasi.

            "Investor asing mulai masuk lagi ke SBN karena imbal hasilnya menarik," kata Pardede.
            """,
            "Investor asing", "Josua Pardede", SpeakerSource.EarlierMention, "Pardede"
        },
        {
            "a company the article names alone ('Novavax, perusahaan …, mengatakan') is not the first name of its president ('Presiden Novavax Gregory Glenn'): his name opens with a known given name",
            """
            Vaksin Baru Beri Harapan, Saham Farmasi Menguat

            Jakarta - Saham farmasi menguat setelah kabar positif dari uji klinis vaksin besutan Novavax.

            Novavax, perusahaan bioteknologi asal AS, mengatakan vaksinnya efektif pada 90 persen peserta uji klinis.

            "Kami akan segera mengajukan izin penggunaan darurat," kata Presiden Novavax Gregory Glenn dalam wawancara dengan Reuters.
            """,
            "Kami akan segera", "Gregory Glenn", SpeakerSource.SameSentence, "Presiden Novavax Gregory Glenn"
        },
        {
            "'mencermati' is a verb of speech: an analyst introduced with it, after the last quote, is who a later 'katanya' goes on with",
            """
            Saham Bank Syariah Diburu Investor

            Jakarta - Saham bank syariah kembali diburu investor pada perdagangan hari ini.

            "Kinerja kuartal ketiga lebih baik dari perkiraan pasar," kata analis Mirae Asset Sekuritas Budi Santoso, dalam publikasi riset.

            Sedangkan, Pengamat Pasar Modal dari Asosiasi Analis Efek Indonesia Andi Wijaya mencermati, harga saham bank syariah sudah naik 35% dalam enam bulan terakhir. Dengan begitu, sahamnya sudah menguat 8% sejak awal tahun. Tercatat, pembiayaan perseroan tumbuh 12% menjadi Rp 10,2 triliun.

            "Investor cenderung melihat prospek jangka panjang, bukan hanya laba kuartalan," katanya.
            """,
            "Investor cenderung", "Andi Wijaya", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a plural by doubling inside an organisation's name ('Perserikatan Bangsa-Bangsa') is the name's word, so 'kata UNDP' is the body the article named in full",
            """
            Krisis Pangan Mengancam Negara Berkembang

            Jakarta - Program Pembangunan Perserikatan Bangsa-Bangsa (UNDP) memperingatkan krisis pangan di negara berkembang.

            Sebanyak 54 negara berkembang menghadapi masalah utang yang parah.

            "Tanpa bantuan segera, jutaan orang akan jatuh ke dalam kemiskinan," kata UNDP dalam laporannya.
            """,
            "Tanpa bantuan", "Program Pembangunan Perserikatan Bangsa-Bangsa", SpeakerSource.EarlierMention, "UNDP"
        },
        {
            "a company's short name after 'atau' ('PT Angkasa Pura II (Persero) atau AP II') is the company's: 'tulis manajemen AP II' names it in full",
            """
            Angkasa Pura II Terbitkan Obligasi Rp 2 Triliun

            Jakarta - PT Angkasa Pura II (Persero) atau AP II akan menerbitkan obligasi senilai Rp 2 triliun untuk membiayai pengembangan bandara.

            Dana hasil penerbitan obligasi akan digunakan untuk pembangunan terminal baru di Bandara Soekarno-Hatta.

            "Pembayaran bunga pertama akan dilakukan tiga bulan setelah tanggal emisi," tulis manajemen AP II dalam prospektusnya.
            """,
            "Pembayaran bunga", "PT Angkasa Pura II (Persero)", SpeakerSource.EarlierMention, null
        },
        {
            "a short name in brackets with the country's code after it ('Badan Komunikasi Pemerintah (Bakom RI)') is the body's: 'tulis Bakom' names it in full",
            """
            Pemerintah Luncurkan Paket Stimulus Akhir Tahun

            Jakarta - Badan Komunikasi Pemerintah (Bakom RI) mengumumkan paket stimulus ekonomi untuk akhir tahun.

            Paket itu mencakup diskon tarif listrik dan bantuan pangan bagi 18 juta keluarga.

            "Stimulus ini untuk menjaga daya beli masyarakat di tengah dinamika global," tulis Bakom dalam unggahan resmi di Instagram.
            """,
            "Stimulus ini", "Badan Komunikasi Pemerintah", SpeakerSource.EarlierMention, "Bakom"
        },
        {
            "a ministry's short form the press uses unexplained ('kata Kemendag') is the ministry the article named in full (organisation-aliases in id.txt)",
            """
            Impor Gula Dibuka Lagi

            Jakarta - Kementerian Perdagangan membuka kembali keran impor gula mentah untuk kebutuhan industri.

            Kuota impor tahun ini ditetapkan sebanyak 3,4 juta ton, naik dari tahun sebelumnya.

            "Impor hanya untuk industri, bukan untuk konsumsi rumah tangga," tulis Kemendag dalam keterangan resminya.
            """,
            "Impor hanya", "Kementerian Perdagangan", SpeakerSource.EarlierMention, "Kemendag"
        },
        {
            "guard: a well-known short form is not another body whose name holds its words apart ('BI' is not 'PT Bank Rakyat Indonesia Tbk')",
            """
            BRI Salurkan Kredit UMKM Rp 1.000 Triliun

            Jakarta - PT Bank Rakyat Indonesia Tbk menyalurkan kredit UMKM sebesar Rp 1.000 triliun hingga September.

            Sementara itu, suku bunga acuan masih ditahan di level 6%.

            "Kami melihat ruang penurunan suku bunga masih terbuka," kata BI dalam pernyataannya.
            """,
            "Kami melihat", "BI", SpeakerSource.SameSentence, "BI"
        },
        {
            "English: a firm's name that looks like a person's, a lower-case word of the title's field, then the titled person ('predicted Morgan Stanley equity strategist Naoki Kamiyama')",
            """
            Tokyo shares rise on export hopes

            Japanese shares rose on Monday as exporters gained on a weaker yen.

            "The market will stay firm into the year end," predicted Morgan Stanley equity strategist Naoki Kamiyama.

            "Public television has to reach everyone," said PBS' Jacoba Atlas.

            "We are cautious about the outlook," said Morgan Stanley strategist Naoki Kamiyama.
            """,
            "The market will", "Naoki Kamiyama", SpeakerSource.SameSentence, "strategist Naoki Kamiyama"
        },
        {
            "an ampersand between the fields of a title that opens the run joins them ('Direktur Treasury & International Banking Bank Mega, Martin Mulwanto')",
            """
            Bank Mega Tambah Likuiditas Valas

            Jakarta - Bank Mega menambah likuiditas valuta asing untuk mengantisipasi kebutuhan nasabah korporasi.

            "Kami siap memenuhi kebutuhan dolar nasabah hingga akhir tahun," tegas Direktur Treasury & International Banking Bank Mega, Martin Mulwanto.

            "Likuiditas kami masih longgar," tegas Direktur Keuangan Bank Mega, Martin Mulwanto.
            """,
            "Kami siap", "Martin Mulwanto", SpeakerSource.SameSentence, "Martin Mulwanto"
        },
        {
            "in a paragraph that holds a whole article, a quotation after the cue's sentence goes to a person who speaks in the sentence right before it ('… ujar Ramdhan …. Dia juga menilai …. Ariawan, Head of …, menilai …. \"Likuiditas …\"'), not on with the last quote",
            """
            Bank Borong SUN, Yield Turun

            Jakarta - Harga obligasi negara menguat sejak awal tahun. "Bank juga semakin banyak yang ikut lelang akhir-akhir ini," ujar Ramdhan Ario Maruto, Head of Fixed Income Division PT Anugerah Sekuritas Indonesia.Dia juga menilai turunnya nilai transaksi di pasar saham mencerminkan lesunya pasar ekuitas.Saat ini, pasar obligasi sedang didominasi investor perbankan domestik.Ariawan, analis obligasi BNI Sekuritas, menilai salah satu penyebab pelaku perbankan agresif dalam mengoleksi SUN adalah faktor likuiditas. "Likuiditas bank sedang besar sekali. Terlebih saat ini sudah tidak ada Sertifikat Bank Indonesia."
            """,
            "Likuiditas bank", "Ariawan", SpeakerSource.EarlierMention, null
        },
        {
            "guard: a cue set off by a comma in the sentence before ('…, kata Michael diperkirakan …') names no new subject; the quotation goes on with Michael",
            """
            Pasar Menanti Keputusan The Fed

            Jakarta - Pelaku pasar menanti keputusan bank sentral AS, The Fed, pekan ini. "Ini salah satu event penting untuk pasar global," ungkap analis RHB Sekuritas Michael Setjoadi. Peningkatan suku bunga The Fed pun, kata Michael diperkirakan akan terjadi di akhir tahun depan. "Jadi proses tapering dalam waktu dua sampai empat kuartal ke depan."
            """,
            "Jadi proses tapering", "Michael Setjoadi", SpeakerSource.Continuation, null
        },
        {
            "English: 'says the Cork man' is the person the article has been about, not the place (person-nouns in en.txt)",
            """
            Walsh targets return for Dublin marathon

            Ciaran Walsh should not be running again.

            He admits as much as he recalls the fall on a training run in the hills above Cork last spring. "I heard something go in my knee and I knew straight away it was serious," says the Cork man. "The surgeon told me to forget about running for a year."

            He spent the summer on crutches and the autumn in the pool.

            "Every morning I swim for an hour before work, and the knee feels stronger every week."
            """,
            "I heard something", "Ciaran Walsh", SpeakerSource.EarlierMention, "the Cork man"
        },
        {
            "English: where nobody is the subject of a verb of speech, the one person every attributed quotation is given to is the article's sole voice for a quotation with no cue",
            """
            Walsh targets return for Dublin marathon

            Ciaran Walsh should not be running again.

            He admits as much as he recalls the fall on a training run in the hills above Cork last spring. "I heard something go in my knee and I knew straight away it was serious," says the Cork man. "The surgeon told me to forget about running for a year."

            The summer passed on crutches and the autumn in the pool.

            "Every morning I swim for an hour before work, and the knee feels stronger every week."
            """,
            "Every morning I swim", "Ciaran Walsh", SpeakerSource.EarlierMention, null
        },
        {
            "an English given name before the word the article shortens a name to stays the name's ('Direktur Ritel BTN Margaret Sari Lestari' … 'ungkap Sari')",
            """
            BTN Targetkan Kredit Bermasalah Turun

            Jakarta - PT Bank Tabungan Negara (Persero) Tbk menargetkan rasio kredit bermasalah turun tahun ini.

            Direktur Ritel BTN Margaret Sari Lestari mengatakan perseroan akan mempercepat penjualan aset bermasalah.

            "Kami akan mengawal restrukturisasi dan memastikan debitur bisa kembali membayar," ungkap Sari usai rapat umum pemegang saham.
            """,
            "Kami akan mengawal", "Margaret Sari Lestari", SpeakerSource.EarlierMention, "Sari"
        },
        {
            "a title word between an initial and a name is the name's ('K Raja Srinivasan')",
            """
            India Disebut Bakal Jadi Raksasa Baru Asia

            Jakarta - India disebut bakal menggantikan China sebagai kekuatan ekonomi baru di Asia.

            "Pemerintah India mulai merasa perlu melakukan sesuatu," kata peneliti senior di Institut Kebijakan Asia di Delhi, K Raja Srinivasan, dikutip Jumat (2/12/2022).
            """,
            "Pemerintah India", "K Raja Srinivasan", SpeakerSource.SameSentence, "K Raja Srinivasan"
        },
        {
            "'lapor' is a verb of speech ('…,\" lapor IRNA, dikutip Al Jazeera'): the agency that reported, not the outlet that carried it",
            """
            Ledakan Terdengar di Dekat Bandara Isfahan

            Jakarta - Sebuah ledakan terdengar di dekat kota Isfahan, menurut kantor berita resmi IRNA.

            "Ledakan terdengar di dekat bandara dan pangkalan udara militer," lapor IRNA, dikutip Al Jazeera.
            """,
            "Ledakan terdengar", "IRNA", SpeakerSource.SameSentence, "IRNA"
        },
        {
            "a name that closes a chain of offices set off by commas after a speaking title ('Dijelaskan oleh Profesor Riset …, Pusat Riset …, Badan … (BRIN), Prof Rina Kusumawati bahwa …') speaks, and a later -nya goes on with her",
            """
            Gelombang Panas Landa Sejumlah Wilayah

            Jakarta - Suhu udara di sejumlah wilayah Indonesia mencapai 38 derajat Celcius dalam sepekan terakhir.

            Dijelaskan oleh Profesor Riset Bidang Hidrologi dan Cuaca Ekstrem, Pusat Riset Geospasial, Badan Riset dan Inovasi Nasional (BRIN), Prof Rina Kusumawati bahwa cuaca panas ini dipicu minimnya awan hujan.

            Stasiun cuaca setempat mencatat suhu tertinggi terjadi sekitar pukul 13.00 WIB.

            "Fenomena ini akan lebih sering terjadi seiring perubahan iklim," ujarnya dikutip dari unggahan Instagram lembaga itu.
            """,
            "Fenomena ini akan", "Rina Kusumawati", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "English: a relative clause set off by commas, however many commas it holds, names no subject ('The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars, said:')",
            """
            Actor backs theatre appeal

            Hollywood star Liam Neeson has held a dinner in New York to raise money for a Belfast theatre.

            The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars, said: "The Lyric is too important to lose."
            """,
            "The Lyric is too", "Liam Neeson", SpeakerSource.EarlierMention, "actor"
        },
        {
            "English: a name that qualifies a title, then a lower-case word of the title, then the person, opening the sentence ('Hollywood film star Liam Neeson has held …') makes the person its subject, whom 'The actor said' means",
            """
            Neeson backs theatre

            Hollywood film star Liam Neeson has held a dinner party in New York to promote the Lyric Theatre.

            The actor said that the theatre was in a "very dilapidated condition" after years of neglect.
            """,
            "very dilapidated", "Liam Neeson", SpeakerSource.EarlierMention, "actor"
        },
        {
            "guard: 'Commenting on Mr Makarov's case, he said': a preposition after the sentence's first word is no title's word, so Mr Makarov is not the subject",
            """
            Commenting on the case

            Oleg Gordievsky, a former KGB colonel, said he was "very happy" with his treatment in Britain.

            Commenting on Mr Makarov's case, he said: "The British state is not a fat cow."
            """,
            "The British state", "Oleg Gordievsky", SpeakerSource.Pronoun, "he"
        },
        {
            "guard: after 'atau' the name of another company ('PT Pertamina (Persero) atau PLN') is not the first one's short name",
            """
            Pemerintah Siapkan Kompensasi Energi Rp 80 Triliun

            Jakarta - Pemerintah menyiapkan dana kompensasi energi sebesar Rp 80 triliun tahun depan. Dana itu dibayarkan kepada PT Pertamina (Persero) atau PLN, tergantung jenis energi yang dijual di bawah harga keekonomian.

            Kompensasi untuk bahan bakar minyak diperkirakan mengambil porsi terbesar, sekitar Rp 55 triliun.

            "Pembayaran kompensasi tepat waktu sangat penting agar arus kas kami tetap sehat," kata manajemen PLN dalam keterangan tertulis, Selasa (20/8/2024).

            "Kami berharap pencairan kompensasi dilakukan setiap triwulan," tulis Pertamina dalam keterangan terpisah.
            """,
            "Pembayaran kompensasi", "PLN", SpeakerSource.SameSentence, null
        },
        {
            "guard: a region's second word that opens a person's name elsewhere ('Desa Tanjung Sari' beside 'Sari Handayani (38)') is no place",
            """
            Warga Desa Tanjung Sari Keluhkan Jalan Rusak Bertahun-tahun

            Jakarta - Warga Desa Tanjung Sari, Kecamatan Cibeber, Kabupaten Cianjur, mengeluhkan jalan desa yang rusak parah dan tak kunjung diperbaiki sejak 2019.

            Jalan sepanjang 3 kilometer itu merupakan satu-satunya akses warga menuju pasar kecamatan.

            Salah seorang warga, Sari Handayani (38), mengatakan ia harus mendorong sepeda motornya saat jalan berlumpur.

            "Kalau hujan, anak-anak sering terlambat sekolah karena motornya mogok di tengah jalan," tuturnya, Minggu (10/11/2024).

            Kepala Desa Tanjung Sari, Asep Mulyana, mengatakan pihaknya sudah tiga kali mengajukan perbaikan ke pemerintah kabupaten.

            "Anggaran desa tidak cukup untuk membangun jalan sepanjang itu," kata Asep.
            """,
            "Kalau hujan", "Sari Handayani", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "English: a one-word title after a personal honorific is a surname ('said Mr King' after 'Paul King')",
            """
            Rich pickings for thieves

            Not least, said Paul King, principal security consultant at Cisco, because the defences are so common.

            "If you think of criminals they do not do clever," said Mr King, who worked for police.
            """,
            "If you think", "Paul King", SpeakerSource.EarlierMention, "Mr King"
        },
        {
            "English: British police ranks as printed ('Det Chief Supt Moss') are titles, not part of the name",
            """
            Police arrest fraud suspects

            Detectives have arrested 28 people in a crackdown on identity fraud, said Detective Chief Superintendent Alan Moss.

            "The internet offers huge benefits but it is also used by criminals," said Det Chief Supt Moss.
            """,
            "The internet offers", "Alan Moss", SpeakerSource.EarlierMention, "Det Chief Supt Moss"
        },
        {
            "guard (en): 'Rourke praised director Sam Hollis': a verb between the sentence's first name and a title makes no qualified title, so 'He said' is still Rourke",
            """
            Veteran actor thanks first-time director as film opens festival

            Irish actor Declan Rourke, 71, has thanked a first-time director for "taking a chance on an old man" as their film opened the Galway Film Fleadh.

            Rourke praised director Sam Hollis for the way he handled a difficult shoot on Tory Island last winter.

            He said the storms had been "the hardest thing I've faced in 40 years of making films".

            Hollis, 34, said: "Declan never once complained, even when we were filming in the sea in January."

            Rourke thanked screenwriter Aoife Dunne for "a script that made me cry on the first page". The 71-year-old said: "I'd work with these two again tomorrow."
            """,
            "the hardest thing", "Declan Rourke", SpeakerSource.Pronoun, "He"
        },
        {
            "English: a document from someone speaks for them ('A statement from Chelsea explaining the decision read:')",
            """
            Chelsea sack striker

            Chelsea have sacked striker Adrian Mutu after he tested positive for cocaine.

            A statement from Chelsea explaining the decision read: "We want to make clear that Chelsea has a zero tolerance policy towards drugs."

            A statement from the club said: "The player has been informed."
            """,
            "We want to make", "Chelsea", SpeakerSource.SameSentence, "Chelsea"
        },
        {
            "English: a document's owner named right before the document's noun speaks for it in a relative clause ('a Law Commission report which branded the current murder law as \"a mess\"')",
            """
            Minister orders murder law review

            The home secretary ordered a review in the wake of a Law Commission report which branded the current murder law as "a mess".
            """,
            "a mess", "Law Commission", SpeakerSource.SameSentence, "Law Commission"
        },
        {
            "in English a person whose title a party's name and a modifier open ('Conservative shadow home secretary David Davis') is the subject of the sentence, and 'He' next is theirs",
            """
            Terror suspects face house arrest

            The men would be held in place as they were still considered a national security threat, Mr Clarke told MPs. "The threat is real," he said.

            He said intercept evidence was only a small part of the case against the men. Conservative shadow home secretary David Davis was worried about extending special powers to cover British citizens. He warned: "Throughout history, internment has generally backfired because of the resentment it creates."
            """,
            "Throughout history", "David Davis", SpeakerSource.Pronoun, "He"
        },
        {
            "in English a quotation with no cue after a sentence whose subject, after an opening phrase and its comma, is 'she' for the last speaker goes on with her",
            """
            Briton wins short film Oscar

            "I'm not interested in the publicity. It's not my personality. I'm overwhelmed by all the fuss," Andrea Arnold said.

            And she won't commit to an opinion of Hollywood yet. But despite her reservations about the Academy Awards and the media frenzy that surrounds it, she accepts that it has opened doors for her. "People will definitely listen to what I want to do now, and the phone didn't stop ringing for a week after I got nominated."
            """,
            "People will definitely", "Andrea Arnold", SpeakerSource.Pronoun, "she"
        },
        {
            "in English a quotation after the sentence of another's cue and a sentence whose verb of speech has a person named in full for its subject is that person's, not the other's continuation",
            """
            Chelsea sack Mutu

            "The English FA have informed us of their disciplinary decision and the relevant information associated with it," said a Fifa spokesman. Chelsea's move won backing from drug-testing expert Michelle Verroken. Verroken, a former director of drug-free sport for UK Sport, insists the Blues were right to sack Mutu and have enhanced their reputation by doing so. "Chelsea are saying quite clearly to the rest of their players and their fans that this is a situation they are not prepared to tolerate."
            """,
            "Chelsea are saying", "Michelle Verroken", SpeakerSource.EarlierMention, "Verroken"
        },
        {
            "a quotation that opens a paragraph after one whose quotation is followed by a sentence where a person named in full speaks is that person's",
            """
            Lopez misses UK charity premiere

            Jennifer Lopez has pulled out of the UK premiere of her film Shall We Dance. "She is unable to travel," her publicist said. Co-star Richard Gere attended the event held in aid of the tsunami appeal. The film's director Peter Chelsom said he was disappointed that Lopez did not attend.

            "It's a shame. I know it's true that she's not well because she has also cancelled her promotional tour."
            """,
            "It's a shame", "Peter Chelsom", SpeakerSource.EarlierMention, "director Peter Chelsom"
        },
        {
            "a quotation after a sentence whose verb of speech has someone described and not named for its subject is theirs, not the continuation of the quotation before ('One leading Karachi broker said …')",
            """
            Karachi stocks hit historic high

            Then, say analysts, there is corporate profitability in the current fiscal year. "Coupled with the 7% GDP growth expected by June this year, I am least surprised at the market's performance," says Mr Lakhani. One leading Karachi broker said the real reasons may be political. "If you file a $1.3 trillion case against Saudi money after 9/11, Arab money will not go to the US any more."
            """,
            "If you file", "One leading Karachi broker", SpeakerSource.EarlierMention, "One leading Karachi broker"
        },
        {
            "a company's form in capitals with a stop ('PT.') ends no sentence: the title before it goes on to the name after the comma",
            """
            Ekonomi Bakal Cerah, Ini Pilihan Reksa Dana

            Proyeksi kebijakan The Fed yang akan memangkas suku bunga dinilai dapat memberikan sentimen positif bagi obligasi dan saham. "Penurunan suku bunga Bank Indonesia dan tingginya tingkat konsumsi domestik adalah dua faktor utama yang akan memicu kuatnya pertumbuhan ekonomi tahun ini," ucap Director of Research PT. Inovasi Finansial Teknologi (Makmur), Stefanus Winarto, kepada CNBC Indonesia (16/2/2023).
            """,
            "Penurunan suku bunga", "Stefanus Winarto", SpeakerSource.SameSentence, "Stefanus Winarto"
        },
        {
            "'advised' is a verb of speech: 'Mr Blair recalls how Bill Clinton once advised him:' gives the quotation to Clinton",
            """
            Analysis: No pain, no gain?

            Mr Blair told prospective Labour MPs on Thursday that taking part in phone-ins could "enthuse and engage". Mr Blair recalls how Bill Clinton once advised him: "Always remember that what people see of you in the news in the evening is how they think you spend your day."
            """,
            "Always remember that", "Bill Clinton", SpeakerSource.SameSentence, "Bill Clinton"
        },
        {
            "a list's heading run into its paragraph: the name's first word again opens the paragraph's first sentence ('Barra Kukuh Mamia Barra menjelaskan')",
            """
            Investor Panik Dengar Sri Mulyani Mau Mundur, Rupiah Ambruk

            Jakarta, CNBC Indonesia - Berikut beberapa pandangan analis mengenai ambruknya pasar keuangan Indonesia hari ini: 2. Ekonom Senior Bank Central Asia, Barra Kukuh Mamia Barra menjelaskan data ekonomi AS hanyalah salah satu katalis dari ambruknya pasar keuangan. "Kalau saya perhatikan duit asing ke kita memang banyak masuk sejak November," tutur Barra, kepada CNBC Indonesia.
            """,
            "Kalau saya perhatikan", "Barra Kukuh Mamia", SpeakerSource.EarlierMention, "Barra"
        },
        {
            "a name written twice where a stop was lost ('kata Herman Herman juga mendorong …') is the name once, then the next sentence's subject",
            """
            Penunjukan Penjabat Kepala Daerah Dinilai Tak Akuntabel

            Direktur Eksekutif Komite Pemantauan Pelaksanaan Otonomi Daerah (KPPOD) Herman N Suparman berpandangan, pengangkatan Marzuki sebagai penjabat bakal menuai polemik baru.

            ”Dari kacamata kami, ini tidak bersandar pada prinsip akuntabilitas dan transparansi itu,” kata Herman Herman juga mendorong Kemendagri segera menerbitkan dan memublikasikan aturan teknis penunjukan penjabat kepala daerah tersebut.
            """,
            "Dari kacamata kami", "Herman N Suparman", SpeakerSource.EarlierMention, "Herman"
        },
        {
            "in English a relative clause set off by commas names no subject when auxiliaries stand between it and the verb ('Mr Balls, who stepped down from his Treasury post …, had suggested')",
            """
            Brown ally rejects Budget spree

            Ed Balls, former chief economic adviser to the Treasury, said there would be no spending spree before polling day.

            Mr Balls, who stepped down from his Treasury post to stand as a Labour candidate in the election, had suggested that Mr Brown would meet his golden economic rule - "with a margin to spare".
            """,
            "with a margin to spare", "Ed Balls", SpeakerSource.EarlierMention, "Mr Balls"
        },
        {
            "in English a titled person's name before 'of' and an organisation is the person ('Detective Inspector Paul Miller of Thames Valley Police said'), not one organisation",
            """
            Police praise 'courageous' Ozzy

            Rock star Ozzy Osbourne tackled a burglar at his home, police have said. Beatle George Harrison was stabbed by an intruder at his home in 1999.

            The incident happened at 0400 GMT on Monday in Chalfont St Peter. Detective Inspector Paul Miller of Thames Valley Police said it appeared a man used a ladder to get into the house through a first floor bedroom window. "Whilst selecting items of jewellery, the burglar was disturbed by Ozzy who very courageously tackled this burglar," he said.
            """,
            "Whilst selecting items", "Paul Miller", SpeakerSource.Pronoun, "he"
        },
        {
            "the body that speaks for a company, capitalised before its name, is no word of the name ('ungkap Direksi MMI' is PT Mandiri Manajemen Indonesia's)",
            """
            Astaga! Askrindo Tolak Bayar Ganti Rugi EBA Garuda

            Jakarta, CNBC Indonesia - PT Asuransi Kredit Indonesia (Askrindo), menyampaikan penolakan terhadap permintaan ganti rugi yang disampaikan oleh PT Mandiri Manajemen Indonesia (MMI) selaku manajer investasi (MI) produk Kontrak Investasi Kolektif (KIK) Efek Beragun Aset (EBA) Garuda Indonesia GIAA01.

            "Namun demikian, Askrindo melalui suratnya tanggal 24 September 2021 menyampaikan penolakan terhadap permintaan ganti rugi yang disampaikan oleh MMI," ungkap Direksi MMI, dikutip Rabu (29/9/2021).
            """,
            "Namun demikian, Askrindo", "PT Mandiri Manajemen Indonesia", SpeakerSource.EarlierMention, "MMI"
        },
        {
            "the person at the end of a passive verb's agent phrase: disampaikan oleh pengamat BUMN dari Universitas Indonesia Toto Pranoto",
            """
            Sementara itu, Pemerhati penerbangan dari Jaringan Penerbangan Indonesia (Japri), Gerry Soedjatman mengungkapkan rencana pengalihan operasional Garuda Indonesia kepada Pelita Air, seperti yang belakangan ramai dibicarakan, dinilai bukan jalan keluar dan tidak mudah. Pasalnya, Garuda Indonesia memiliki sarana prasarana yang sangat besar tidak sebanding dengan maskapai yang lain. "Posisi Garuda Indonesia tidak mudah digantikan dengan maskapai seperti Pelita Air. hal tersebut lantaran Garuda Indonesia memiliki sarana prasarana yang sangat besar termasuk jumlah pesawat dan rute yang dilayani yang tidak sebanding dengan Pelita Air saat ini," kata dia. Upaya restrukturisasi dengan negosiasi ulang bersama lessor ini dinilai juga membutuhkan waktu yang cukup panjang. Hal ini disampaikan oleh pengamat BUMN dari Universitas Indonesia Toto Pranoto. Dia menilai, selain 'warisan' salah urus manajemen sebelumnya, Garuda Indonesia menghadapi situasi dampak pandemi Covid-19 yang memberikan dampak signifikan terhadap keberlangsungan usaha industri penerbangan dunia. "Garuda Indonesia butuh upaya restrukturisasi yang radikal terkait negosiasi dengan lessor dan kreditur," tandasnya.
            """,
            "Garuda Indonesia butuh", "Toto Pranoto", SpeakerSource.Pronoun, "tandasnya"
        },
        {
            "a person's short name at a cue is no organisation's words before their full name: kata Nafan Aji (of M. Nafan Aji Gusta Utama)",
            """
            Sementara itu, Analis PT Binaartha Sekuritas, M. Nafan Aji Gusta Utama memaparkan, berdasarkan rasio fibonacci, adapun support maupun resistance maksimum berada pada 5.940.11 hingga 6.167.72. Berdasarkan indikator, MACD telah membentuk pola dead cross di area positif. Sementara itu, Stochastic dan RSI masih menunjukkan sinyal negatif. "Di sisi lain, terlihat pola long black marubozu candle yang mengindikasikan adanya potensi bearish continuation pada pergerakan IHSG," kata Nafan Aji.
            """,
            "Di sisi lain", "M. Nafan Aji Gusta Utama", SpeakerSource.EarlierMention, "Nafan Aji"
        },
        {
            "a name prefix written short keeps its stop: Moch. Ihsanuddin",
            """
            Deputi Komisioner Pengawas IKNB II selaku Plt. Deputi Komisioner Pengawas IKNB I, Moch. Ihsanuddin menjelaskan, pencabutan izin usaha perusahaan pergadaian PT Gadai Mandiri Agung berdasarkan keputusan rapat umum pemegang saham (RUPS). Sehingga perusahaan dilarang melakukan kegiatan tersebut. "Perusahaan dilarang melakukan kegiatan usaha di bidang perusahaan pergadaian," tulisnya 
            """,
            "Perusahaan dilarang", "Moch. Ihsanuddin", SpeakerSource.Pronoun, "tulisnya"
        },
        {
            "an English participle before a preposition opens its sentence and is no name: Hinting at better times …, NIESR said",
            """
            The US will continue to drive expansion until 2006, albeit at a slightly slower rate, as will be the case in Japan. Hinting at better times for UK exporters, NIESR said the euro zone "is expected to pick up speed".
            """,
            "is expected to pick up speed", "NIESR", SpeakerSource.SameSentence, "NIESR"
        },
        {
            "a name that lost its full stop ends before an English article and a lower-case word: analyst Vadim Mitroshin The dispute",
            """
            Yukos has won small victories, however, and is bullish about its chances in court. "Do we have an ability to influence what happens? We think we do," said Mike Lake, a Yukos spokesman. "The litigation risks are real," said Credit Suisse First Boston analyst Vadim Mitroshin The dispute with the Russian authorities
            """,
            "The litigation risks are real", "Vadim Mitroshin", SpeakerSource.SameSentence, "analyst Vadim Mitroshin"
        },
        {
            "a clause after ', but' with no subject of its own has the first clause's: …Video Countdown, but spent … this new thing called the internet",
            """
            Mr Curry records, hosts, edits and produce a daily, 40 minute podcast called The Daily Source Code. He wants to make podcasting "the Next Big Thing" and says it is an extension of his childhood love of radio gadgetry. "I was always into technologies and wires," he explains. "My parents gave me the Radio Shack 101 project kit, which allows you to build an AM transmitter and subsequently an FM transmitter. "I had my mom drive me around the block, see how far it would reach on the car radio."

            Mr Curry is American, but he grew up in the Netherlands where he hosted illegal, pirate radio shows in the Dutch capital. He tried university in the US, and ended up back in Holland where he hosted a music video show. He spent the next seven years in New York where he worked at MTV hosting the Top 20 Video Countdown, but spent most of his hours tinkering with this new thing called the internet. "At a certain point in 1995, I was driving in on a Friday afternoon, beautiful blue sky, one of those beautiful days thinking, this is so stupid."
            """,
            "At a certain point", "Curry", SpeakerSource.Pronoun, "He"
        },
        {
            "a description after the cue that ends in a full name is that person's: by the film's director Marc Forster",
            """
            His latest role in Finding Neverland explored JM Barrie's relationship with Sylvia (Kate Winslet) and her children. Depp's charismatic performance drew an audience of adults and children alike into Barrie's vivid imagination, and he was called the "fifth child of the group" by the film's director Marc Forster.
            """,
            "fifth child of the group", "Marc Forster", SpeakerSource.SameSentence, "director Marc Forster"
        },
        {
            "bendahara negara is the minister of finance (role alias)",
            """
            Menteri Keuangan Sri Mulyani Indrawati mengaku cukup khawatir pergerakan rupiah akan mengalami tekanan sejalan dengan sejumlah ketidakpastian global yang terjadi.

            "Indonesia 17,4% sejak awal tahun hingga hari ini, Meksiko 22%, Filipina 24%, namun Amerika yield 10 tahun melonjak 116%," kata bendahara negara.
            """,
            "Indonesia 17,4%", "Sri Mulyani Indrawati", SpeakerSource.EarlierMention, "bendahara negara"
        },
        {
            "a month's name before a company's opens no part of its name: Listing 27 Mei PT Cilacap Samudera Fishing Industry Tbk",
            """
            6. Harga IPO Cilacap Samudera Rp 100/Saham, Listing 27 Mei PT Cilacap Samudera Fishing Industry Tbk (ASHA) telah menetapkan harga penawaran umum perdana saham (Initial Public Offering/IPO) sebesar Rp 100 per saham. Dalam prospektus di laman web e-ipo, Kamis (19/5/2022), perseroan menawarkan sebanyak 1.250.000.000 lembar saham baru atau sebanyak 25% dari modal yang telah ditempatkan dan disetor penuh setelah penawaran umum, dengan nilai nominal Rp 20 setiap saham. "Saham Yang Ditawarkan tersebut ditawarkan dengan Harga Penawaran Rp 100 setiap Saham. Nilai dari Penawaran Umum secara keseluruhan sebesar Rp 125.000.000.000 (Rp 125 miliar)," tulis prospektus.
            """,
            "Saham Yang Ditawarkan", "PT Cilacap Samudera Fishing Industry Tbk", SpeakerSource.EarlierMention, "prospektus"
        },
        {
            "a presentation speaks for whoever it was named with: tulis paparan itu, after dikutip dari paparan Wakil Menteri BUMN Kartika Wirjoatmodjo",
            """
            Seperti dikutip dari paparan Wakil Menteri Badan Usaha Milik Negara Kartika Wirjoatmodjo dalam rapat dengan Komisi VI DPR RI, Selasa (9/11/2021), Garuda membutuhkan dukungan terhadap proses restrukturisasi finansial dan operasional yang sedang dilakukan. "Optimalisasi route network perseroan dengan hanya mengoperasikan penerbangan yang profitable; dan rencana Garuda untuk melakukan pengurangan jumlah karyawan baik melalui program pensiun dini maupun program-program lainnya." tulis paparan itu.
            """,
            "Optimalisasi route network", "Kartika Wirjoatmodjo", SpeakerSource.EarlierMention, "paparan"
        },
        {
            "minutes speak for the body whose minutes they are: kata notulen tersebut, after risalah FOMC minutes",
            """
            Pada risalah FOMC minutes terbaru yang dirilis Kamis dini hari waktu Indonesia (4/1/2024) juga menunjukkan hasil yang semakin positif bahwa tekanan dari tren suku bunga tinggi sudah kian mereda. Risalah tersebut menunjukkan pejabat The Fed mulai nyaman dengan laju inflasi AS. Risalah juga menunjukkan adanya diskusi awal mengenai kemungkinan memangkas suku bunga karena laju inflasi sudah mengarah ke sasaran mereka. Namun, belum ada penjelasan mengenai kapan pemangkasan akan dilakukan. "Dalam pembahasan prospek kebijakan, para peserta memandang suku bunga kebijakan kemungkinan berada pada atau mendekati puncak siklus pengetatan ini, meskipun mereka mencatat bahwa jalur kebijakan sebenarnya akan bergantung pada bagaimana perekonomian berkembang," kata notulen tersebut dilansir dari CNBC International.
            """,
            "Dalam pembahasan prospek", "FOMC", SpeakerSource.EarlierMention, "notulen"
        },
        {
            "an organisation's officer described by its description's possessive is the person named with it: The political reform group's general secretary told (guard)",
            """
            The Fabian Society's Sundar Katwala said the change was "long overdue" and that he expected a "warm response". The political reform group's general secretary told BBC Radio 4's Today Programme there were some "very out-dated features" at the heart of Britain's constitution.
            """,
            "very out-dated features", "Sundar Katwala", SpeakerSource.EarlierMention, "general secretary"
        },
        {
            "an organisation's short name at a cue is still its words (probe, guard): tulis Mirae Asset after Tim riset Mirae Asset Sekuritas Indonesia",
            """
            Tim riset Mirae Asset Sekuritas Indonesia juga menilai tekanan terhadap rupiah bersifat sementara. "Fundamental ekonomi domestik masih solid dengan inflasi yang terjaga," tulis Mirae Asset dalam riset hariannya.
            """,
            "Fundamental ekonomi domestik", "Mirae Asset Sekuritas Indonesia", SpeakerSource.EarlierMention, "Mirae Asset"
        },
        {
            "'it said' with no organisation named: the one-word company that opened a sentence, not a place after a preposition (probe): Ryanair … to and from Dublin",
            """
            Ryanair has cancelled 40 flights to and from Dublin because of a strike by its Irish-based pilots. It said passengers had been offered refunds or alternative flights.

            "We apologise sincerely to our customers for this unnecessary disruption," it said.
            """,
            "We apologise sincerely", "Ryanair", SpeakerSource.Pronoun, "it"
        },
        {
            "a firm's first word after PT stands for its longer name when it is no given name or ordinary word",
            """
            Astaga! Ada Gagal Bayar MTN Lagi, Emiten Ini Tunda Rilis Bond
            Syahrizal Sidik, CNBC Indonesia
            07 May 2021 14:09
            Jakarta, CNBC Indonesia - Emiten produsen bahan baku aneka industri, PT Tridomain Performance Materials Tbk (TDPM) mengumumkan penundaan penerbitan obligasi berkelanjutan dan sukuk yang akan diterbitkan perseroan. "Dengan ini, perseroan bermaksud menginformasikan kembali bahwa perseroan belum dapat memenuhi kewajiban pembayaran pokok untuk MTN II Tridoman Performance Materials Tahun 2018," kata manajemen Tridomain, dalam keterbukaan informasi di BEI, Jumat (7/5/2021).
            """,
            "Dengan ini, perseroan", "PT Tridomain Performance Materials Tbk", SpeakerSource.EarlierMention, "Tridomain"
        },
        {
            "a US party tag with a state's stop set off by commas between the name and its verb (US wire style; no such line in ../shared)",
            """
            Republicans push spending bill

            WASHINGTON (Reuters) - House Republicans pressed ahead on Tuesday with a spending bill days before a shutdown deadline.

            House Speaker Mike Johnson, R-La., told reporters: "We will pass this bill."
            """,
            "We will pass this bill", "Mike Johnson", SpeakerSource.SameSentence, "Speaker Mike Johnson"
        },
        {
            "a US party tag in brackets between the name and its verb after a quote (US newspaper style; no such line in ../shared)",
            """
            Democrats push spending bill

            WASHINGTON - House Democrats said on Tuesday they would oppose the bill.

            "We have to act now," Pelosi (D-Calif.) said Tuesday.
            """,
            "We have to act now", "Pelosi", SpeakerSource.SameSentence, "Pelosi"
        },
        {
            "a fragment quoted inside a sentence with no cue: the subject that opens it and acts in it",
            """
            US bank boss hails 'genius' Smith

            Dr Greenspan was invited by Chancellor Gordon Brown, whose minister father John used to preach at the St Bryce Kirk church. Mr Brown introduced Dr Greenspan to the 400 invited guests as the "the world's greatest economist".
            """,
            "the world's greatest economist", "Gordon Brown", SpeakerSource.EarlierMention, "Mr Brown"
        },
        {
            "a fragment quoted inside a sentence with no cue: a pronoun subject that opens it (Ia beralasan)",
            """
            Israel Gonjang-Ganjing, Militer Demo & Investor Ketar-Ketir
            Tommy Patrio Sorongan, CNBC Indonesia
            27 March 2023 12:10
            Mantan menteri pertahanan Benny Gantz telah meminta semua pasukan cadangan untuk terus memenuhi tugas mereka. Ia beralasan ini untuk mempertahankan "keberadaan negara Israel".
            """,
            "keberadaan negara Israel", "Benny Gantz", SpeakerSource.Pronoun, "Ia"
        },
        {
            "an institution's closing word before 'of' joins its name after a lower-case 'the' (the Royal College of Physicians)",
            """
            Tories opposing 24-hour drinking

            Earlier this year the Royal College of Physicians said it opposed the plan to extend drinking hours when there was already an "epidemic" of binge drinking.
            """,
            "epidemic", "Royal College of Physicians", SpeakerSource.SameSentence, "Royal College of Physicians"
        },
        {
            "a newspaper's closing word (Daily, Herald, Tribune, Gazette, Chronicle, Telegraph) keeps the place before it (China Daily)",
            """
            China bans new tobacco factories

            "Xing's statement comes as especially bad news for British American Tobacco", the China Daily newspaper said of the latest development.
            """,
            "Xing's statement", "China Daily", SpeakerSource.SameSentence, "China Daily"
        },
        {
            "a company's PT inside an Indonesian run opens its name (Kantor Antam PT Aneka Tambang Tbk)",
            """
            Laba PLN Ambles 96% di 1H-2020, Rugi Blue Bird Hampir Rp100 M
            Syahrizal Sidik, CNBC Indonesia
            29 July 2020 09:20
            Jakarta, CNBC Indonesia - Manajemen Bantah Ada 68 Orang Positif Covid-19 di Kantor Antam PT Aneka Tambang Tbk (ANTM) membantah laporan Dinas Kesehatan DKI Jakarta terkait "Analisis Data Cluster Perkantoran DKI Jakarta" tertanggal 26 Juli 2020 yang beredar beberapa waktu belakangan. Dalam data itu disebut ada 68 orang di kantor milik ANTM yang positif terjangkit Covid-19. "Aneka Tambang menyatakan bahwa per tanggal 26 Juli 2020 tidak ada kasus terkonfirmasi positif atas pekerja dan tenaga alih daya ANTM di kantor pusat Jakarta," tulis manajemen perusahaan dalam keterangan resminya, Selasa (28/7/2020).
            """,
            "Aneka Tambang menyatakan", "PT Aneka Tambang Tbk", SpeakerSource.EarlierMention, "manajemen perusahaan"
        },
        {
            "a name written with an initial for one of its words joins the name written in full (Rully A. Wisnubroto, Rully Arya Wisnubroto)",
            """
            Bye! Era Suku Bunga Murah, Ini Komentar 5 Ekonom
            Tim Redaksi, CNBC Indonesia
            23 September 2022 11:05
            Jakarta, CNBC Indonesia - Rully Arya Wisnubroto, Mirae Asset Sekuritas  Ekonom Senior Mirae Asset Sekuritas Rully A. Wisnubroto memperkirakan BI masih akan kembali menaikkan suku bunga dengan agresif, sebesar 50bps pada RDG bulan depan.  "Kemungkinan akan kembali naik 25bps dan bertahan pada posisi 5,0% hingga akhir tahun, mengingat proyeksi inflasi inti BI, yang mencapai 4,6% pada akhir tahun ini," kata Rully kepada CNBC Indonesia, Jumat (23/2/2022).
            """,
            "Kemungkinan akan kembali", "Rully Arya Wisnubroto", SpeakerSource.EarlierMention, "Rully"
        },
        {
            "a fragment quoted inside a sentence whose subject is people the article does not name (Critics fear …), kept as described",
            """
            MPs to debate 'euthanasia laws'

            Critics fear it could allow "killing by omission" through withdrawing treatment.
            """,
            "killing by omission", "critics", SpeakerSource.SameSentence, "Critics"
        },
        {
            "a fragment quoted inside a sentence whose subject is an organisation opening with The (The Audit Commission found … \"fundamentally flawed\")",
            """
            Parties' plans for council tax

            The Audit Commission found the whole local government finance system was "fundamentally flawed" and all three of the main parties have said the system has to change.
            """,
            "fundamentally flawed", "Audit Commission", SpeakerSource.SameSentence, "The Audit Commission"
        },
        {
            "a less common verb after the quote: \"…,\" rinci Aan",
            """
            Pengen Cuan? Baca Dulu Kabar Ini

            PT Mustika Ratu Tbk (MRAT) baru saja melakukan penjualan aset, yakni tanah dengan luas 99.701 meter persegi (m2) di Cibuntung, Cibitung, Bekasi, Jawa Barat. Nilai transaksi penjualan aset ini sekitar Rp 199,4 miliar. Adapun berdasarkan keterbukaan informasi, Senin (28/11/2022), MRAT akan menggunakan dana yang didapatkan untuk pengembangan bisnis terutama pasar ekspor dengan adanya perluasan jalur distribusi di berbagai negara. "Pengembangan dan inovasi produk berupa program untuk meningkatkan brand awareness. Serta, Ekspansi program franchise Spa Taman Sari Royal Heritage baik di level nasional maupun luar negeri," ungkap manajemen. Selain itu, berdasarkan proyeksi keuangan, diyakini transaksi ini dapat meningkatkan performa baik bagi MRAT dalam jangka waktu menengah. Asal tahu saja, Mooryati Soedibyo adalah pendiri Mustika Ratu (MRAT). Selain pengusaha, ia juga sempat masuk kancah perpolitikan dengan menjabat Wakil Ketua MPR periode 2004-2009. Raja Furniture Rambah Bisnis Hotel, Ini Jualan Terbarunya PT Puri Sentul Permai Tbk (KDTN) akan segera memulai pembangunan dua unit hotel Kedaton 8 Xpress & Lounge di Rest Area Tol Cipali Km. 166 (Tol dari Arah Jakarta menuju Cirebon) dan Km. 164 (Tol dari Arah Cirebon menuju Jakarta). Untuk setiap unit hotel yang dibangun, dana investasi yang dibutuhkan sekitar Rp 5 miliar hingga Rp 6 miliar. Direktur & Corporate Secretary PT Puri Sentul Permai Tbk. Aan Rohanah mengatakan pembangunan dua hotel Kedaton 8 Xpress & Lounge tersebut merupakan ekspansi pertama pasca Perseroan melantai di Bursa Efek Indonesia (BEI) pada 9 November 2022 lalu. Ditambah lagi, dengan izin yang keluar, maka rencana pembangunan hotel ini akan sesuai timeline yang ditetapka. Hotel Kedaton 8 Xpress & Lounge akan dibangun dengan konsep Digital Hotel, sehingga penjunjung yang datang dari mulai Registrasi Mandiri (Self Check In & Check Out) juga pemesanan Makanan & Minuman akan mengedepankan system Cashless dan Manless yang dapat meminimalisir human eror. "Dengan konsep tersebut juga akan meningkatkan efektivitas dan juga menjaga akurasi transaksi. Ditambah lagi, Kedaton 8 Xpress Hotel Km. 166 & 164 ini akan dilengkapi dengan Lounge yang dapat menampung pengunjung hingga 200 orang," rinci Aan dalam siaran pers, Senin (28/11/2022).
            """,
            "Dengan konsep tersebut", "Aan Rohanah", SpeakerSource.EarlierMention, "Aan"
        },
        {
            "\"…,\" teriak orator: a shout, by someone the text describes",
            """
            Santri datangi rumah Ridwan Kamil

            Puluhan santri menggeruduk rumah mantan Gubernur Jawa Barat Ridwan Kamil di kawasan Cimbuleuit, Kota Bandung.

            Ucapppan itu mendapat reaksi dari sejumlah santri. Mereka bahkan mendatangi rumah Ridwan Kamil. Sejumlah santri datang sekitar pukul 15.25 WIB dengan menggunakan mobil dan longmarch menuju rumah mantan Gubernur Jabar tersebut.

            Sesampainya di depan rumah Ridwan Kamil, para santri langsung menyampaikan aspirasinya.

            "Pernyataannya sensitif bagi pesantren dan para santri. Sejarah peradaban bangsa Indonesia merupakan peradaban yang dijalankan pesantren," teriak orator.
            """,
            "Pernyataannya sensitif", "orator", SpeakerSource.SameSentence, "orator"
        },
        {
            "\"…,\" police said: a plural without an s (US wire style; ../shared has no such line)",
            """
            Two held after Athens nightclub fight

            Two men were arrested after a fight outside a nightclub in central Athens early on Sunday, and a third man was taken to hospital with stab wounds.

            "The two suspects were detained at the scene and will appear before a prosecutor on Monday," police said.
            """,
            "The two suspects", "police", SpeakerSource.SameSentence, "police"
        },
        {
            "\"…,\" said police: the same after the verb (US wire style)",
            """
            Two held after Athens nightclub fight

            Two men were arrested after a fight outside a nightclub in central Athens early on Sunday, and a third man was taken to hospital with stab wounds.

            "The two suspects were detained at the scene and will appear before a prosecutor on Monday," said police.
            """,
            "The two suspects", "police", SpeakerSource.SameSentence, "police"
        },
        {
            "He said police had \"…\": the one who said it, not the police",
            """
            Hunt ban test

            John Cooper, a barrister and chairman of the League Against Cruel Sports, said the anti-hunting lobby expects the authorities to prosecute wherever there is clear evidence of illegal hunting practices. He said police had "acknowledged their duty to investigate allegations of hunting offences".

            Chief police officers spokesman Nigel Yeo said he expected most people would obey the law. He said police would challenge the "one of two isolated hunts" which are threatening to break the law.
            """,
            "acknowledged their duty", "John Cooper", SpeakerSource.Pronoun, "He"
        },
        {
            "\"Tom McCabe MSP\": a member of the Scottish Parliament, the letters after the name no part of it",
            """
            Councils prepare to set tax rises

            Scottish Finance Minister, Tom McCabe MSP, said: "Last week in parliament I announced an additional £419m for core expenditure to local government in Scotland. "
            """,
            "Last week in parliament", "Tom McCabe", SpeakerSource.SameSentence, "Tom McCabe MSP"
        },
        {
            "\"ungkap manajemen\": the company that was its sentence's subject (Manajemen XL Axiata menyampaikan), not the broker it appointed",
            """
            Kabar Pasar: Ramai Perusahaan Downgrade & Update Jiwasraya

            Akuisisi ini akan menyebabkan perubahan pengendalian dalam perseroan oleh KDB, perusahaan yang didirikan dan tunduk kepada hukum negara Republik Korea yang kantor pusatnya terdaftar berada di 14 Eunhaeng-ro, Yeongdeungpo-Seoul, Korea Selatan.   8. Habiskan Rp 134 M Buyback, Saham XL Axiata Masih Drop 8,25% Emiten telekomunikasi PT XL Axiata Tbk (EXCL), merealisasikan rencana pembelian kembali saham perseroan sebesar Rp 134,44 miliar dari rencana awal Rp 500 miliar. Nilai buyback saham yang sudah dieksekusi tersebut baru mencapai 26,8%. Manajemen XL Axiata menyampaikan, periode pembelian kembali saham tersebut sudah dilaksanakan pada periode 7 April hingga 7 Juli 2020 dengan menunjuk PT Mandiri Sekuritas sebagai anggota bursa pelaksana. "Jumlah saham yang dibeli kembali sebanyak 56.487.800 saham dengan harga rata-rata pembelian kembali Rp 2.376 per saham," ungkap manajemen, Selasa (7/7/2020).
            """,
            "Jumlah saham yang dibeli", "PT XL Axiata Tbk", SpeakerSource.EarlierMention, "manajemen"
        },
        {
            "\"Direktur Departemen Asia dan Pasifik IMF Krishna Srinivasan\": a department is an organisation, not a name",
            """
            IMF Ramal China Bakal Masuk Jurang, Awas RI Terseret!

            Direktur Departemen Asia dan Pasifik IMF Krishna Srinivasan mengatakan, perlambatan ekonomi China yang semakin dalam pada 2024 dan 2025 akan berdampak langsung pada negara-negara kawasan karena hubungan yang sangat erat antara keduanya, baik dari sisi perdagangan maupun investasi.

            "Jadi, ada hubungan yang sangat erat antara ASEAN dan Cina. Jadi, sejauh China melambat, ASEAN juga akan melambat," kata dia saat konferensi pers Regional Economic Outlook for Asia and Pacific, dikutip Rabu (18/10/2023).
            """,
            "Jadi, ada hubungan", "Krishna Srinivasan", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "\"Media Sekretariat Presiden M Yusuf Permana\": a secretariat is an organisation, so \"Presiden\" is its word, not the name's",
            """
            Jokowi Mulai Ngantor di IKN, 5 Saham Properti Ini Cerah

            "Pagi ini Bapak Presiden akan menerima Tamu/Audiensi dan Rapat di ruang Kerja Bapak Presiden di Kantor Presiden di IKN ini, seperti kegiatan acara harian saat Bapak berkantor di Istana Merdeka Jakarta," kata Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden M Yusuf Permana, kepada wartawan, Senin (29/7/2024).
            """,
            "Pagi ini Bapak Presiden", "M Yusuf Permana", SpeakerSource.SameSentence, "Media Sekretariat Presiden M Yusuf Permana"
        },
        {
            "\"Kementerian Keuangan\" at the end of \"Direktorat Jenderal … Kementerian Keuangan\" is the parent, kept apart, so \"tulis Kemenkeu\" finds it",
            """
            Ditopang Cadev, Fitch Sematkan Rating 'BBB' Samurai Bond RI

            Pada awal Juli lalu, pemerintah melalui Kementerian Keuangan berhasil mengumpulkan dana JPY 100 miliar dari penerbitan obligasi dalam mata uang yen Jepang atau Samurai Bond. Dana ini akan digunakan untuk membiayai penanganan pandemi virus corona (Coronavirus Disease-2019/Covid-19). Mengutip keterangan tertulis Direktorat Jenderal Pengelolaan Pembiayaan dan Risiko Kementerian Keuangan, Jumat (3/7/2020), pemerintah menerbitkan lima seri Samurai Bond. "Pagi ini, Pemerintah Indonesia berhasil menerbitkan JPY 100 miliar Samurai bonds yang menjadi penerbitan sovereign pertama di pasar Jepang untuk tahun 2020 dan penerbitan pertama dari penerbit Asia setelah masa pandemi," tulis Kemenkeu.
            """,
            "Pagi ini, Pemerintah", "Kementerian Keuangan", SpeakerSource.EarlierMention, "Kemenkeu"
        },
        {
            "\"Goalscorer Jimmy Floyd Hasselbaink added:\": a title, not part of the name",
            """
            Downing injury mars Uefa victory

            "But the journey goes on for us and we will now go to their magnificent stadium - after the first game here - we'll look forward to it." Goalscorer Jimmy Floyd Hasselbaink added: "It wasn't a particularly beautiful match to watch - but they made it difficult for us.
            """,
            "It wasn't a particularly", "Jimmy Floyd Hasselbaink", SpeakerSource.SameSentence, "Goalscorer Jimmy Floyd Hasselbaink"
        },
        {
            "\"Direktur Utama WIKA, Agung Budi Waskito (BW)\" … \"jelas Agung BW\": the given name and the initials of the rest",
            """
            Peringkat WIKA Naik dan Dapat Prospek Stabil dari Pefindo

            Direktur Utama WIKA, Agung Budi Waskito (BW) menyambut positif terhadap pemeringkatan yang dilakukan oleh Pefindo. "Pemeringkatan tersebut menegaskan peningkatan kinerja Perseroan yang berasal dari komitmen WIKA dalam menjalankan 8 metode stream penyehatan sebagai upaya dalam memperkuat kinerja keuangannya," jelas Agung BW dalam keterangan tertulis dikutip Sabtu (4/5/2024).
            """,
            "Pemeringkatan tersebut", "Agung Budi Waskito", SpeakerSource.EarlierMention, "Agung BW"
        },
        {
            "\"Sementara itu, Founder Tumbuh Makna, Muliadi San, menganalisis … Ia menjelaskan …\" … \"jelasnya\": a name set off after the subject title is the subject, not someone a report told about",
            """
            RI Mampu Hadapi Kontraksi Ekonomi Dunia, Ini Kuncinya

            "Saya melihat, Indonesia cenderung siap menghadapi gejolak ekonomi global saat ini. Karena Indonesia sudah pernah melewati situasi yang lebih buruk dari itu. Tinggal bagaimana kita melakukan penyesuaian internal dari kenaikan harga minyak itu. Sebenarnya sudah banyak wacana-wacana yang berkembang terkait bagaimana meningkatkan diversifikasi produksi yang tidak hanya terbatas pada bahan-bahan mentah seperti minyak, tetapi bisa shifting ke energi terbarukan," ujarnya. Abdul menekankan bahwa mesti ada kebijakan strategis untuk menekan negara-negara produsen minyak, agar kedepan pembatasan produksi minyak dunia dapat dikontrol sebagaimana mestinya. Terlebih di dalam negeri, kenaikan harga minyak dunia tersebut tentu dapat mendorong pemerintah Indonesia dalam menaikan harga BBM. Hal tersebut dapat dilakukan demi merawat fiskal agar tetap defisit dibawah 3%. Sementara itu, Founder Tumbuh Makna, Muliadi San, menganalisis lebih jauh mengenai kekuatan ekonomi Indonesia. Ia menjelaskan bahwa dalam konteks pertumbuhan ekonomi Indonesia, khususnya dalam perkembangan Indeks Harga Saham Gabungan (IHSG), masih dapat dikategorikan tergolong cukup stabil dalam merespons gejolak ekonomi dunia yang terjadi belakangan ini. "Saya melihat valuasi IHSG kita cenderung atraktif. Kami telah mengumpulkan data di berbagai tahun. Berdasarkan data dari 2013 sampai 2022, pada bulan September itu, IHSG ada di zona merah sebanyak 6 tahun dari 10 tahun. Artinya adalah di bulan September, IHSG itu kecenderungannya mengalami koreksi. Sementara di bulan Oktober, IHSG kita selama 8 tahun ada di zona hijau, dan hanya 2 tahun berada di zona merah. Jadi probabilitasnya di bulan Oktober IHSG itu mengalami kenaikan. Secara statistik hal ini cukup menarik untuk pasar saham kita di sisa bulan semester II 2023," jelasnya. Oleh karen
            """,
            "Saya melihat valuasi", "Muliadi San", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "\"He was once threatened … by City boss Kevin Keegan but has since responded …\": the verb after \"but has since\" is the sentence's subject's, so \"the defender said\" is not Keegan",
            """
            Dunne keen to commit to Man City

            Richard Dunne is ready to commit his long-term future to Manchester City after turning his career around.

            He was once threatened with the sack by City boss Kevin Keegan but has since responded with impressive performances, prompting interest from other clubs. Early talks have taken place and the defender said: "Hopefully something will be sorted out as soon as possible."
            """,
            "Hopefully something", "Richard Dunne", SpeakerSource.EarlierMention, "defender"
        },
        {
            "\"Sementara itu, Vice President Corporate Communication Freeport Indonesia, Riza Pratama menolak …\" … \"ujarnya\": the name after the subject title, its verb right after it",
            """
            Freeport Terbitkan Global Bond untuk Bangun Smelter

            Jakarta, CNBC Indonesia - PT Freeport Indonesia bakal menerbitkan surat utang berdenominasi dolar Amerika Serikat (AS) untuk membiayai pembangunan smelter. Hal tersebut dibenarkan Direktur Keuangan MIND ID Devi Pradnya Paramita. Sayangnya, ia tidak merinci lebih jauh terkait nominal global bond yang akan diterbitkan Freeport. "Size tergantung kondisi market, tenor yang mungkin di consider 5, 10, 30 tahun (juga tergantung pasar). Penggunaan dana untuk pembiayaan development capex khususnya pembangunan smelter," ujar Devi kepada CNBC Indonesia, Kamis (7/4/2022). Seperti diketahui, Mining Industry Indonesia (MIND ID) adalah BUMN Holding Industri Pertambangan Indonesia yang di mana Freeport Indonesia menjadi salah satu anggotanya. Selain Freeport, ada juga PT Antam Tbk, PT Bukit Asam Tbk, PT Inalum (Persero), dan PT Timah Tbk. Sementara itu, Vice President Corporate Communication Freeport Indonesia, Riza Pratama menolak memberikan informasi lebih jauh. "Saya belum bisa kasih info tersebut," ujarnya kepada CNBC Indonesia.
            """,
            "Saya belum bisa", "Riza Pratama", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "\"… after a 0-0 tie at Old Trafford and Ancelotti said:\": a name after a preposition is no co-subject of the one after \"and\"",
            """
            Ferguson fears Milan cutting edge

            Milan coach Carlo Ancelotti said his team were looking forward to returning to the venue where they lifted Europe's most prestigious club title two seasons ago. Milan beat Juventus in a penalty shootout after a 0-0 tie at Old Trafford and Ancelotti said: "We are all very happy to return (to Old Trafford) to play in the Champions League and this will give us great motivation."
            """,
            "We are all very happy", "Carlo Ancelotti", SpeakerSource.EarlierMention, "Ancelotti"
        },
        {
            "\"tegas mantan Kepala Perwakilan Bank Indonesia di New York, AS itu\": a former post with its place after \"di\" and a comma describes the one named before",
            """
            OJK Yakin IHSG Tembus 6.000, Analis: Paling Banter 5.800!

            Sebelumya, Otoritas Jasa Keuangan (OJK) mengungkapkan kinerja pasar modal Tanah Air mulai membaik dengan aliran modal asing alias net buy mencapai Rp 5,23 triliun pada pekan pertama November ini. "Ada tanda-tanda pertumbuhan kredit [bank] positif, yang dari Maret terkontraksi. Kemudian sentimen positif di pasar moda, [IHSG] sudah tembus 5.509,5," kata Ketua Dewan Komisioner OJK Wimboh Santoso di Gedung DPR, dalam Rapat Dengar Pendapat, Kamis ini (12/11/2020). "Ini upaya sentimen positif di pasar modal adalah refleksi fundamental akan lebih baik dengan kebijakan bersama-sama fiskal, moneter, dan keuangan," tegas mantan Kepala Perwakilan Bank Indonesia di New York, AS itu.
            """,
            "Ini upaya sentimen", "Wimboh Santoso", SpeakerSource.EarlierMention, "mantan Kepala Perwakilan Bank Indonesia di New York"
        },
        {
            "\"kata Menteri PPN/Kepala Bappenas Suharso Monoarfa\": two offices joined by a slash are one title before the name",
            """
            Pemerintah Rancang Skema Pendanaan Baru, Begini Skemanya!

            "Dalam mendukung percepatan ekonomi Indonesia, pemerintah berkomitmen dalam menyeimbangkan kebijakan ekonomi, sosial, dan lingkungan sebagai kunci utama dalam menciptakan perekonomian Indonesia yang tangguh dan berkelanjutan," kata Menteri PPN/Kepala Bappenas Suharso Monoarfa dalam sambutannya.
            """,
            "Dalam mendukung percepatan", "Suharso Monoarfa", SpeakerSource.SameSentence, "Menteri PPN Kepala Bappenas Suharso Monoarfa"
        },
        {
            "in English capitalised words and a lower-case word that is no title before a name open the sentence's subject: 'Beach Boys veteran Brian Wilson was another first-time winner … \"…,\" he said'",
            """
            Grammy night for first-time winners

            Rod Stewart also won the first Grammy of his career. In 2003, Stewart said he was "astounded" he had never won a Grammy. Annie Lennox and Elvis Costello were among the other British nominees.

            Blue Nile veteran Martin Hale was another first-time winner, for best traditional album. "It took me forty years to get here, and I'm really glad I did," he said.
            """,
            "It took me forty years", "Martin Hale", SpeakerSource.Pronoun, "he"
        },
        {
            "a description that shows a woman is no man named before it: '\"…,\" the mother told Mr. Solomon' stays the mother",
            """
            Raising children who are different

            The writer Andrew Solomon interviewed more than 300 families for his book. Especially poignant is his account of a family whose son has Down syndrome; when the son could go no further at school, his parents found him a group home.

            "We had worked so hard to make him the guy who didn't need it," the mother told Mr. Solomon.
            """,
            "We had worked so hard", "the mother", SpeakerSource.SameSentence, "the mother"
        },
        {
            "a firm whose name ends in 's of its own (tables' [possessive-names]) is that firm before any verb: 'Moody's downgraded …', then 'the rating agency said'",
            """
            Sony cut to one notch above junk

            Sony's troubles deepened this week. On Friday, Moody's downgraded Sony's long-term debt rating from Baa2 to Baa3, the second downgrade in a month.

            "Without robust restructuring, Sony's businesses will at best break even," the rating agency said in its report.
            """,
            "Without robust restructuring", "Moody's", SpeakerSource.EarlierMention, "rating agency"
        },
        {
            "a woman's given name in the tables ([given-names] esther) outweighs the 'he' of the man she speaks about: 'Esther Rantzen said he was \"so lovely\" … \"…,\" she said'",
            """
            Tributes paid to television gardener

            Television host Esther Rantzen said he was "so lovely" and a "delight" to work with. "The thing about Cyril was that he was an English gentleman," she said.
            """,
            "The thing about Cyril", "Esther Rantzen", SpeakerSource.Pronoun, "she"
        },
        {
            "a quotation after two sentences, the first with a pronoun's verb of speech and the second opened by another speaker's name and verb, is that speaker's, not a continuation",
            """
            Phones set to rival PCs for music

            Label executive Tom Reyes and analyst Pierre Lamont spoke at the conference. Mr Reyes said: "It is going to be just as important to connect through mobiles as through your PC. "We want music to be everywhere." The shift is coming quickly, he predicted. Mr Lamont said the phone had advantages that would make it the focus of downloading. "Getting music from your PC onto a device is still hard work."
            """,
            "Getting music from your PC", "Pierre Lamont", SpeakerSource.EarlierMention, "Mr Lamont"
        },
        {
            "a party's name whose first word is also a title ('Conservative', 'Labour') keeps it: the Conservative Party, the Labour Party and the Liberal Party are three organisations, not one 'Party'",
            """
            Parties prepare for the campaign

            Strategist Lynton Crosby once helped Australia's Liberal Party win four elections in a row. The Labour Party has yet to respond to the posters.

            "We are not finished yet," said the Conservative Party in a statement on Monday.
            """,
            "We are not finished yet", "Conservative Party", SpeakerSource.SameSentence, "Conservative Party"
        },
        {
            "in English two capitalised words joined by '&' are a firm, whose acronym with its '&' ('B&B') is the same firm: the speaker is its full name",
            """
            House prices slow in autumn

            House prices rose 0.5% in October, according to mortgage lender Bradford & Bingley and housebuilder George Wimpey.

            B&B said the market "continues to grow at a rate considerably above that of inflation".
            """,
            "continues to grow", "Bradford & Bingley", SpeakerSource.EarlierMention, "B&B"
        },
        {
            "in English an apposition of a title, a preposition and a place, then the place's county ('Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said') leaves the person the subject, not the county",
            """
            Mayor urged to apologise

            Boris Johnson, who edits The Spectator, joined the row on Monday.

            Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said the mayor should apologise "for the sake of the city".
            """,
            "for the sake of the city", "Boris Johnson", SpeakerSource.EarlierMention, "Mr Johnson"
        },
        {
            "the same in its possessive: 'the Labour Party's statement said' is the Labour Party's, not a 'Party'",
            """
            Labour answers Tory posters

            Voters saw the Conservative Party's four new posters on Monday.

            A day later, the Labour Party's statement said the posters were "a desperate last throw of the dice".
            """,
            "a desperate last throw", "Labour Party", SpeakerSource.SameSentence, null
        },
        {
            "in English a personal pronoun, then lower-case words only, up to a colon ('He is prepared to go this far: \"…\"') is the person the pronoun means",
            """
            Kennedy sets out his stall

            Liberal Democrat leader Charles Kennedy spoke to the BBC on Monday about the campaign.

            But does that not lead to the jibe that his is a party bidding to come second? He is prepared to go this far: "A clear conclusion has been reached that the Conservatives are not going to win this election."
            """,
            "A clear conclusion has been reached", "Charles Kennedy", SpeakerSource.Pronoun, "He"
        },
        {
            "'it' after a sentence whose subject is an organisation that speaks is that organisation, not one named inside what it said ('Deutsche Boerse said TCI's opposition would not change its approach. \"…,\" it said'); 'Deutsche' opens a firm's name",
            """
            Exchange sticks to its bid

            The hedge fund TCI has called for an emergency meeting of shareholders.

            Deutsche Boerse said TCI's opposition would not change its bid approach. "We are convinced that the acquisition is in the best interests of our shareholders," it said.
            """,
            "We are convinced that", "Deutsche Boerse", SpeakerSource.Pronoun, "it"
        },
        {
            "'said the M&S spokesman': an organisation's spokesperson the article does not name is kept as the text describes them, not whoever spoke last",
            """
            Retailers cut prices early

            Analysts at the investment bank DrKW said the cuts could indicate a "step change in pricing" at M&S.

            "We have brought in a lot of new clothing at new price points," said the M&S spokesman.
            """,
            "We have brought in", "the M&S spokesman", SpeakerSource.SameSentence, "the M&S spokesman"
        },
        {
            "the outlet after 'dikutip dari' carried the words and is no speaker: '\"…,\" tulis Fintech seperti dikutip dari CNBC International' names no one the article knows",
            """
            Utang Paylater Makin Buram

            Laporan terbaru menyebut pelaporan kinerja utang sektor ini buram.

            "Konsekuensinya, utang paylater sering tidak terlihat pada laporan pinjaman pengguna," tulis Fintech seperti dikutip dari CNBC International, Selasa (10/8/2021).
            """,
            "Konsekuensinya, utang paylater", null, SpeakerSource.None, null
        },
        {
            "in English 'The federation said …' opening a sentence is the organisation the article named with that word, here for a fragment quoted inside the sentence",
            """
            Police warn over support officers

            The Police Federation has criticised plans to give community support officers more powers.

            The federation said the officers lacked the training to deal with "potentially confrontational" situations.
            """,
            "potentially confrontational", "Police Federation", SpeakerSource.EarlierMention, "federation"
        },
        {
            "'The government says:' names no organisation the article named with that word, and not the one named last either: the government as the text describes it (the real article's annotators wrote 'The government' for the same sentence, bbc/politics/067)",
            """
            Tories set out divorce plans

            The Conservatives want courts to share a child's time equally between parents.

            The government says: "Children cannot simply be divided up like property when a marriage collapses."
            """,
            "Children cannot simply", "The government", SpeakerSource.SameSentence, "The government"
        },
        {
            "in English 'the report says' is the report named again, not where its writer was: 'The report said:' is Oxfam's, who 'says in a report', not the G8's named in the sentence before 'the report says'",
            """
            Blair told to double overseas aid

            Children will die needlessly before 2015, Oxfam says in a report, Paying the Price.

            In 1970 the G8 of top industrialised nations agreed to spend 0.7% of their incomes on aid. None of its members have reached this target, the report says.

            The report said: "Global poverty threatens our shared prosperity and security."
            """,
            "Global poverty threatens", "Oxfam", SpeakerSource.EarlierMention, "report"
        },
        {
            "a fragment quoted inside a sentence whose last clause is the cue reads on over a later fragment of the same sentence ('His party \"instinctively\" understood the \"new liberal Britain\" …, he said.')",
            """
            Kennedy hails liberal Britain

            Liberal Democrat leader Charles Kennedy spoke to activists in Bristol.

            His party "instinctively" understood the "new liberal Britain" which is no longer a nation with one family structure, and one colour, he said.
            """,
            "instinctively", "Charles Kennedy", SpeakerSource.Pronoun, "he"
        },
        {
            "'Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir dan Panitia Kerja Komisi VI DPR RI': past the bracketed acronym a person's name, which an institution's 'dan' does not join to the next name; a later 'ujar Erick' is Erick Thohir",
            """
            Garuda Dapat Restu DPR

            Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir dan Panitia Kerja Komisi VI DPR RI menyepakati skema penyelamatan Garuda.

            "Kita bersyukur dan berterima kasih dengan dukungan panja," ujar Erick.
            """,
            "Kita bersyukur", "Erick Thohir", SpeakerSource.EarlierMention, "Erick"
        },
        {
            "'Direktur Surat Utang Negara (SUN) Direktorat Jenderal Pembiayaan dan Pengelolaan Risiko Kementerian Keuangan Deni Ridwan': words past the bracket that name an institution go on with its 'dan' to the person's name",
            """
            Yield SBN Stagnan

            "Ini kita monitor karena berdampak ke yield SBN kita," ungkap Direktur Surat Utang Negara (SUN) Direktorat Jenderal Pembiayaan dan Pengelolaan Risiko Kementerian Keuangan Deni Ridwan dalam webinar virtual.
            """,
            "Ini kita monitor", "Deni Ridwan", SpeakerSource.SameSentence, null
        },
        {
            "a world city after an Indonesian title ('Presiden The Fed cabang Chicago, Charles Evans') is a place (tables' [places]), not a person: the one named after the comma speaks",
            """
            Pejabat The Fed Kompak

            "Saya belum melihat apa pun yang dapat membujuk saya untuk mengubah pandangan saya," kata Presiden The Fed cabang Chicago, Charles Evans dalam pidatonya pada Selasa kemarin.
            """,
            "Saya belum melihat", "Charles Evans", SpeakerSource.SameSentence, "Charles Evans"
        },
        {
            "'tulis lembaga yang berbasis di New York, AS ini': a noun for an organisation, a clause on it and a demonstrative are the organisation the article has been quoting",
            """
            S&P Soal Merger Bank Syariah

            S&P Global Ratings menilai merger tiga bank syariah milik negara akan memperkuat posisi pasar.

            "Bank hasil merger akan mendapatkan keuntungan dari skala ekonomi," tulis S&P dalam laporannya.

            "Peringkat kami pada tiga bank milik negara tidak terpengaruh pada saat ini," tulis lembaga yang berbasis di New York, AS ini.
            """,
            "Peringkat kami pada", "S&P Global Ratings", SpeakerSource.EarlierMention, null
        },
        {
            "the agent of 'diakui' (acknowledged by), after a title with a bracketed acronym and a comma, is who a 'kata dia' in the next sentence means, not the one quoted before",
            """
            Dana Bank Beralih ke SBN

            "Saya bisa menjawab ada shifting karena turunnya suku bunga," kata Direktur Utama Bank BTN Djoko Soelistyo.

            Secara terpisah, tren peralihan simpanan ke instrumen SBN ini juga diakui Direktur Eksekutif Lembaga Penjamin Simpanan (LPS), Lana Soelistianingsih. Hal ini, kata dia, terlihat dari kepemilikan bank di SBN. "Kalau dilihat dari data DJPPR terkait kepemilikan bank di SBN terlihat naik," katanya.
            """,
            "Kalau dilihat dari data", "Lana Soelistianingsih", SpeakerSource.Pronoun, "katanya"
        },
        {
            "'\"…,\" kata dalam Konferensi Pers …': a cue whose speaker the page left out names no one, so the event after 'dalam' is no speaker and the one who opened the report before speaks",
            """
            BI Buka Ruang Turunkan Bunga

            Gubernur BI Perry Warjiyo mengatakan bahwa BI menurunkan suku bunga sebesar 25 basis poin pada Juli 2025.

            "Bank Indonesia ke depan masih melihat ruang untuk penurunan suku bunga lebih lanjut," kata dalam Konferensi Pers Hasil Rapat Berkala KSSK III Tahun 2025 di Jakarta, Senin (28/7/2025).
            """,
            "Bank Indonesia ke depan", "Perry Warjiyo", SpeakerSource.EarlierMention, null
        },
        {
            "a known given name before a surname that is also a word ('echoed by Christine Rush, director of …') is a person a later 'she said' can mean",
            """
            Bangkok film festival goes ahead

            "We feel like we've turned a page," said festival director Craig Prater.

            Mr Prater's sentiments were echoed by Christine Rush, director of the festival's sister event, the Bangkok Film Market. "We have been careful to be respectful of the nation's recovery," she said.
            """,
            "We have been careful", "Christine Rush", SpeakerSource.Pronoun, "she"
        },
        {
            "a possessive inside the quote names its owner ('I think Sean's situation is …,' he said), who is then not the one who speaks",
            """
            Sculthorpe backs Farrell

            "It's a short career and you have to make of it what you can," said Paul Sculthorpe.

            Sean Long, his team-mate, has expressed doubts about his international future. "I think Sean's situation is to do with the sheer number of games we're playing," he said.
            """,
            "I think Sean's situation", "Paul Sculthorpe", SpeakerSource.Pronoun, "he"
        },
        {
            "a participle after an inverted cue that closes a quotation ('\"…,\" said Sideways producer Michael London, adding they were a \"huge first step\"') has the speaker after that verb",
            """
            Sideways leads critics' awards

            "These awards, for better or worse, mean everything," said Sideways producer Michael London, adding they were a "huge first step" toward getting recognition.
            """,
            "huge first step", "Michael London", SpeakerSource.SameSentence, null
        },
        {
            "'\"…,\" Chairman & CEO Pfizer Albert Bourla dalam pernyataannya': a titled name with no verb right after the quotation is its source when the sentence goes on with where it was said",
            """
            Vaksin Pfizer Efektif 90%

            "Hasil pertama dari uji klinis fase tiga mengindikasikan kemampuan vaksin kami untuk mencegah Covid-19," Chairman & CEO Pfizer Albert Bourla dalam pernyataannya, Senin (9/11/2020).
            """,
            "Hasil pertama dari uji", "Albert Bourla", SpeakerSource.SameSentence, null
        },
        {
            "'\"…,\" Axa spokesman Mark Hamilton, Axa spokesman, told BBC News': in English the person after a firm's name and a lower-case title, then an apposition, then the verb",
            """
            Axa cuts payouts

            "The stock market has grown over the past 18 months," Axa spokesman Mark Hamilton, Axa spokesman, told BBC News.
            """,
            "The stock market has grown", "Mark Hamilton", SpeakerSource.SameSentence, null
        },
        {
            "a lead that describes its speaker ('…, a Labour backbencher has said') is the person the next paragraph opens with as the subject of a verb of speech, named there first",
            """
            Labour MP praises Tory campaign

            The Conservatives have been "a lot smarter" in the way they have conducted the general election campaign, a Labour backbencher has said.

            Derek Wyatt said having a five month campaign "turned off voters".
            """,
            "a lot smarter", "Derek Wyatt", SpeakerSource.EarlierMention, "a Labour backbencher"
        },
        {
            "a team described, then 'led by' and its leader, speaks through the leader: after the quote ('\"…,\" Goldman Sachs analysts led by Jan Hatzius wrote')",
            """
            Goldman raises forecast

            NEW YORK (Reuters) - Goldman Sachs raised its forecast on Monday.

            "We now expect three cuts this year," Goldman Sachs analysts led by Jan Hatzius wrote in a note.
            """,
            "We now expect three cuts", "Jan Hatzius", SpeakerSource.SameSentence, "Jan Hatzius"
        },
        {
            "a team described, then 'led by' and its leaders, speaks through the leaders: before the quote, two leaders joined by 'and' ('Citi analysts led by Ed Morse and Francesco Martoccia said demand was \"robust\"')",
            """
            Oil demand holds up

            Citi analysts led by Ed Morse and Francesco Martoccia said demand was "robust".
            """,
            "robust", "Ed Morse and Francesco Martoccia", SpeakerSource.SameSentence, null
        },
        {
            "a team described, then its leader set off by commas after 'led by', speaks through the leader ('Analysts at JPMorgan, led by Bruce Kasman, wrote that the market was \"cooling fast\"')",
            """
            Markets cool

            Analysts at JPMorgan, led by Bruce Kasman, wrote that the market was "cooling fast".
            """,
            "cooling fast", "Bruce Kasman", SpeakerSource.SameSentence, null
        },
        {
            "an organisation alone, then 'led by' and its leader, speaks for itself: only a team described speaks through its leader ('Hamas, led by Yahya Sinwar, said the offer was \"unacceptable\"')",
            """
            Gaza talks

            Hamas, led by Yahya Sinwar, said the offer was "unacceptable".
            """,
            "unacceptable", "Hamas", SpeakerSource.SameSentence, null
        },
        {
            "[owned-bodies] office: a body a person's possessive owns speaks, kept as the text describes it, title and all ('Gov. Ned Lamont’s office said in a statement that it was “aware of the concerns.”')",
            """
            A Small Town Fights Over Its Only Bridge

            HARTFORD, Conn. — For decades, the old bridge has carried traffic over the river.

            “It’s the heart of this town,” said Linda Alvarez, 62, a retired teacher.

            Gov. Ned Lamont’s office said in a statement that it was “aware of the concerns.”
            """,
            "aware of the concerns", "Gov. Ned Lamont’s office", SpeakerSource.SameSentence, null
        },
        {
            "in English a chess title before the name is no word of it: 'Her coach, Grandmaster Pavel Dubrovsky-Kane, said' and later 'he said' are Pavel Dubrovsky-Kane",
            """
            Schoolgirl wins chess title

            Her coach, Grandmaster Pavel Dubrovsky-Kane, said he had never worked with a player who improved so quickly.

            "Talent is common in chess," he said.
            """,
            "Talent is common", "Pavel Dubrovsky-Kane", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian a title and its field's short form made of syllables is the person the article gave that title in full, set off by commas: 'ujar Dirjen Hubud' after 'Direktur Jenderal Perhubungan Udara Kementerian Perhubungan, Lukman …,'",
            """
            Gangguan Radar Bandara

            Direktur Jenderal Perhubungan Udara Kementerian Perhubungan, Lukman Fadillah Rangkuti, meminta AirNav menyelidiki penyebab gangguan.

            Penumpang menumpuk di terminal sejak pagi.

            "Kami perlu tahu apakah ini masalah perangkat," ujar Dirjen Hubud.
            """,
            "Kami perlu tahu", "Lukman Fadillah Rangkuti", SpeakerSource.EarlierMention, "Dirjen Hubud"
        },
        {
            "in Indonesian a short form of the title set off beside a name, its body's short form after it, is that person: 'ujar Kalak BPBD' after 'Kepala Pelaksana BPBD Flores Timur, Petrus Boli Lamawuran,'",
            """
            Warga Mengungsi

            Kepala Pelaksana BPBD Flores Timur, Petrus Boli Lamawuran, mengatakan warga dievakuasi ke empat titik pengungsian.

            Hujan abu turun sejak pagi.

            "Kebutuhan paling mendesak sekarang masker," ujar Kalak BPBD.
            """,
            "Kebutuhan paling mendesak", "Petrus Boli Lamawuran", SpeakerSource.EarlierMention, "Kalak BPBD"
        },
        {
            "in Indonesian a title's short form in brackets before the comma that sets off the name: 'Menurut Kepala Bapanas,' after 'Kepala Badan Pangan Nasional (Bapanas), Ir. Gatot Suryo Hadinoto,'",
            """
            Impor Beras

            Kepala Badan Pangan Nasional (Bapanas), Ir. Gatot Suryo Hadinoto, mengatakan keputusan impor diambil dalam rapat koordinasi.

            Harga gabah turun di sejumlah sentra.

            Menurut Kepala Bapanas, neraca beras nasional masih surplus. "Surplusnya hanya sekitar 600 ribu ton."
            """,
            "Surplusnya hanya", "Gatot Suryo Hadinoto", SpeakerSource.EarlierMention, "Kepala Bapanas"
        },
        {
            "in Indonesian 'Corsec' is a listed firm's corporate secretary: 'tambah Corsec GKNR itu' after 'Corporate Secretary GKNR, Yohanes Sugiarto Wibisono,'",
            """
            Saham Rokok Anjlok

            Corporate Secretary GKNR, Yohanes Sugiarto Wibisono, mengatakan perseroan akan menyesuaikan harga jual secara bertahap.

            "Perseroan tetap menjaga rasio dividen," tambah Corsec GKNR itu.
            """,
            "Perseroan tetap menjaga", "Yohanes Sugiarto Wibisono", SpeakerSource.EarlierMention, "Corsec GKNR"
        },
        {
            "in Indonesian 'Temenggung', a Dayak customary leader's title, is no word of the name: 'kata Temenggung Petrus' after 'Temenggung Adat Dayak Kanayatn di Mandor, Petrus Pelaman Ajuk,'",
            """
            Sungai Tercemar Merkuri

            Temenggung Adat Dayak Kanayatn di Mandor, Petrus Pelaman Ajuk, mengatakan sungai yang menjadi sumber air warga kini tercemar.

            "Dulu kami minum langsung dari sungai," kata Temenggung Petrus.
            """,
            "Dulu kami minum", "Petrus Pelaman Ajuk", SpeakerSource.EarlierMention, "Temenggung Petrus"
        },
        {
            "in Indonesian someone described without a name who gives it ('yang hanya menyebut namanya Joni') is that name for a pronoun after",
            """
            Penerbangan Tertunda

            Seorang penumpang tujuan Medan yang hanya menyebut namanya Joni mengaku terancam kehilangan penerbangan lanjutan. "Tiket sambungannya beda maskapai," katanya.
            """,
            "Tiket sambungannya", "Joni", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian a demonstrative closing an unnamed speaker's description points back and is no word of it: 'ujar seorang penggemar asal Bandung tersebut'",
            """
            Tiket Konser

            Seorang penggemar asal Bandung mengaku sempat ditawari tiket oleh calo.

            "Harga resminya Rp 3,2 juta," ujar seorang penggemar asal Bandung tersebut.
            """,
            "Harga resminya", "seorang penggemar asal Bandung", SpeakerSource.SameSentence, "seorang penggemar asal Bandung"
        },
        {
            "in Indonesian one person described where they are keeps the province set off after the place: 'Seorang petani sawit swadaya di Kampar, Riau, mengaku …'",
            """
            Pungutan Sawit Naik

            Seorang petani sawit swadaya di Kampar, Riau, mengaku harga TBS di kebunnya sudah turun. "Baru pengumuman saja harga sudah turun," katanya.
            """,
            "Baru pengumuman", "Seorang petani sawit swadaya di Kampar, Riau", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in English a capitalised 'Administration' closing a run of words is a US agency's name: '\"…,\" the Federal Aviation Administration said in a statement'",
            """
            Flights delayed at National

            Flights into the airport were delayed by more than two hours on Tuesday.

            "Safety is our top priority, and we will always reduce the flow of traffic when staffing requires it," the Federal Aviation Administration said in a statement.
            """,
            "Safety is our top priority", "Federal Aviation Administration", SpeakerSource.SameSentence, "Federal Aviation Administration"
        },
        {
            "in Indonesian 'menimpali' (to chime in) is a verb of speech: 'Suaminya, Darmaji, menimpali, \"…\"'",
            """
            Zonasi PPDB

            "Rumah kami cuma 900 meter dari sekolah," kata Lilik Sulistyowati. Suaminya, Darmaji, menimpali, "Kami sudah ukur sendiri pakai aplikasi peta."
            """,
            "Kami sudah ukur", "Darmaji", SpeakerSource.SameSentence, "Darmaji"
        },
        {
            "in Indonesian a man set off after 'Suaminya' is a man, so 'ujar ibu dua anak itu' after him is the woman named before him",
            """
            Zonasi PPDB

            "Rumah kami cuma 900 meter dari sekolah," kata Lilik Sulistyowati. Suaminya, Darmaji, menimpali, "Kami sudah ukur sendiri pakai aplikasi peta."

            "Anak saya nilainya bagus," ujar ibu dua anak itu.
            """,
            "Anak saya nilainya", "Lilik Sulistyowati", SpeakerSource.EarlierMention, "ibu dua anak"
        },
        {
            "in Indonesian a title written out is the title of its short form, and 'Menurut Kapolda, …' gives a quotation after it, uncued, to the holder: 'Kepala Kepolisian Daerah Kalimantan Barat Inspektur Jenderal Martinus …' then 'Menurut Kapolda, …. \"…\"'",
            """
            Tambang Emas Ilegal

            Kepala Kepolisian Daerah Kalimantan Barat Inspektur Jenderal Martinus Parulian Situmeang mengatakan penggerebekan dilakukan setelah laporan warga. "Aktivitas ini sudah berlangsung hampir setahun," kata Martinus.

            Menurut Kapolda, para penambang yang diamankan hanyalah pekerja lapangan. "Kami kejar pemodalnya. Satu mesin dompeng harganya puluhan juta."

            "Dari pemeriksaan awal, ada dua pemodal yang membiayai operasional," kata Direktur Reserse Kriminal Khusus Polda Kalbar Komisaris Besar Bayu Anggara Siswoyo.
            """,
            "Kami kejar pemodalnya", "Martinus Parulian Situmeang", SpeakerSource.EarlierMention, "Kapolda"
        },
        {
            "in Indonesian a title's field goes on past 'dan' up to its ministry, and its short form in capitals is read by the field's words: 'tutur Dirjen PKH' after 'Direktur Jenderal Peternakan dan Kesehatan Hewan Kementerian Pertanian, drh. Agustinus …,'",
            """
            Harga Susu Anjlok

            Direktur Jenderal Peternakan dan Kesehatan Hewan Kementerian Pertanian, drh. Agustinus Dwiyanto Purwaka, mengatakan pemerintah sudah memanggil tiga pembeli utama.

            Peternak di Boyolali mengeluhkan harga yang turun.

            "Dapur MBG di Jawa Tengah butuh ratusan ton susu," tutur Dirjen PKH.
            """,
            "Dapur MBG di Jawa Tengah", "Agustinus Dwiyanto Purwaka", SpeakerSource.EarlierMention, "Dirjen PKH"
        },
        {
            "in Indonesian a short title and its field's short form written as one word: 'kata Kadisdikbud' after 'Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Kendal, Drs. Heru Prasetyo Widagdo,'",
            """
            Gedung Sekolah Tua

            Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Kendal, Drs. Heru Prasetyo Widagdo, mengatakan timnya sudah meninjau lokasi.

            Warga meminta gedung itu dilestarikan.

            "Bangunan yang usianya lebih dari 50 tahun harus dikaji dulu," kata Kadisdikbud.
            """,
            "Bangunan yang usianya", "Heru Prasetyo Widagdo", SpeakerSource.EarlierMention, "Kadisdikbud"
        },
        {
            "in Indonesian 'Abd.' (Abdul) written short with a stop ends no name: 'Kepala Dinas Perhubungan Maluku Utara, Samsudin Abd. Kadir,' is Samsudin Abd. Kadir",
            """
            Speedboat Tenggelam

            Kepala Dinas Perhubungan Maluku Utara, Samsudin Abd. Kadir, mengakui pengawasan masih lemah. "Banyak speedboat berangkat dari dermaga tanpa manifes," kata Samsudin.
            """,
            "Banyak speedboat", "Samsudin Abd. Kadir", SpeakerSource.EarlierMention, "Samsudin"
        },
        {
            "in Indonesian 'Damang', a Dayak Ngaju customary head's title, is no name: 'ucap Pak Damang' after 'Damang Kepala Adat Kecamatan Antang Kalang, Ambrosius Sangkai Bungai,'",
            """
            Konflik Lahan Adat

            Damang Kepala Adat Kecamatan Antang Kalang, Ambrosius Sangkai Bungai, mengatakan warga sudah memperjuangkan lahan itu selama sepuluh tahun.

            Warga menolak pencabutan tiang ritual. "Mencabut hinting pali sama saja menginjak adat kami," ucap Pak Damang.
            """,
            "Mencabut hinting pali", "Ambrosius Sangkai Bungai", SpeakerSource.EarlierMention, "Pak Damang"
        },
        {
            "in English a name of two words or more that no known given name opens, and that spoke, is the company 'the company' means, over an organisation named in passing: 'Minera Atacama Norte said …' then '\"…,\" the company said'",
            """
            Chile copper strike

            Copper prices rose on the London Metal Exchange on Friday.

            Minera Atacama Norte said the mine was operating at about 40% of capacity.

            "Our offer is the best in the industry this year," the company said in a statement.
            """,
            "Our offer is the best", "Minera Atacama Norte", SpeakerSource.EarlierMention, "company"
        },
        {
            "in Indonesian 'Ditjen' and a short form of the field's syllables is the directorate named in full: 'tulis Ditjen Migas' after 'Direktorat Jenderal Minyak dan Gas Bumi menyatakan …'",
            """
            Pipa Minyak Bocor

            Direktorat Jenderal Minyak dan Gas Bumi menyatakan sudah meminta operator menghentikan sementara penyaluran minyak.

            "Pemeriksaan integritas seluruh pipa sedang dilakukan," tulis Ditjen Migas dalam keterangan resmi.
            """,
            "Pemeriksaan integritas", "Direktorat Jenderal Minyak dan Gas Bumi", SpeakerSource.EarlierMention, "Ditjen Migas"
        },
        {
            "in Indonesian 'yang lebih dikenal dengan sapaan Edo Beruang' gives the person named before the name they are called by",
            """
            Nama Stadion

            Ketuanya, Muhammad Ridho Pratama, yang lebih dikenal dengan sapaan Edo Beruang, ikut memimpin aksi.

            "Nama itu sudah kami nyanyikan sejak dulu," kata Edo Beruang.
            """,
            "Nama itu sudah", "Muhammad Ridho Pratama", SpeakerSource.EarlierMention, "Edo Beruang"
        },
        {
            "in Indonesian 'Mama', an eastern Indonesian form of address for a woman, is no word of the name: 'yang biasa disapa Mama Adri' then 'ujar Mama Adri'",
            """
            Pasar Terbakar

            Salah satu pedagang yang kehilangan barang dagangannya adalah Adriana Lende Kaka, penjual kain tenun yang biasa disapa Mama Adri oleh pedagang lain.

            "Ada 140 lembar kain di kios," ujar Mama Adri sambil menangis.
            """,
            "Ada 140 lembar", "Adriana Lende Kaka", SpeakerSource.EarlierMention, "Mama Adri"
        },
        {
            "in Indonesian a two-word name glossed as what the person is called ('ujar Daeng Rukka, sapaan akrabnya') is the person named before whose name holds its last word, past a place read as a name since",
            """
            Harga Kakao

            Andi Rukka Pabbicara, petani kakao di Kecamatan Tapango, Polewali Mandar, kini menerima Rp 138.000 per kilogram.

            "Dulu kebun kakao mau saya ganti jagung," ujar Daeng Rukka, sapaan akrabnya, saat dihubungi.
            """,
            "Dulu kebun kakao", "Andi Rukka Pabbicara", SpeakerSource.EarlierMention, "Daeng Rukka"
        },
        {
            "in English an age set off by commas after a name shows a person, so 'she said' after 'Maureen Trevithick, 68, from St Agnes, had been due …' is her, not a woman who spoke before",
            """
            Heat pump grant cut

            Kerensa Polglase-Rowe, who installs heat pumps in Truro, said she had lost three orders. "People had saved up for the other half of the cost," Ms Polglase-Rowe said.

            Maureen Trevithick, 68, from St Agnes, had been due to have a heat pump fitted in March. "We were already on the fence because of the cost," she said.
            """,
            "We were already on the fence", "Maureen Trevithick", SpeakerSource.Pronoun, "she"
        },
        {
            "in Indonesian a one-word title after two words of a name, the first used alone in the article, is a surname: 'Kepala Dinas Kesehatan TTS, drg. Melkianus Benu Ratu,' and then 'ujar Kadinkes' ('Ka' is kepala in such words)",
            """
            Rabies di TTS

            Kepala Dinas Kesehatan TTS, drg. Melkianus Benu Ratu, mengatakan dua dari tiga korban meninggal adalah anak-anak. "Korban digigit anjing," kata Melkianus.

            Warga diminta segera melapor.

            "Dengan kasus gigitan sebanyak ini, stok vaksin menipis," ujar Kadinkes.
            """,
            "Dengan kasus gigitan", "Melkianus Benu Ratu", SpeakerSource.EarlierMention, "Kadinkes"
        },
        {
            "in Indonesian a one-word title that opened the title given with the name stands for the person: 'ujar Kasatpolairud' after 'Kasatpolairud Polres Lamongan AKP Yudhistira Wibisana Nugroho mengatakan …'",
            """
            Tongkang Tabrak Perahu

            Kasatpolairud Polres Lamongan AKP Yudhistira Wibisana Nugroho mengatakan kapal penarik tongkang itu sudah ditahan.

            Nelayan menuntut ganti rugi.

            "Kasus itu berakhir dengan ganti rugi dari perusahaan," ujar Kasatpolairud.
            """,
            "Kasus itu berakhir", "Yudhistira Wibisana Nugroho", SpeakerSource.EarlierMention, "Kasatpolairud"
        },
        {
            "in Indonesian a name given after the verb of someone described is not who a later pronoun means when a person named since spoke: 'Seorang saksi mata mengatakan pria bernama Andi itu …' then 'Kapolsek … Budi Santoso mengatakan … \"…,\" ujarnya'",
            """
            Penganiayaan di Tambora

            Seorang saksi mata mengatakan pria bernama Andi itu sempat berteriak minta tolong.

            Kapolsek Tambora Kompol Budi Santoso mengatakan pihaknya masih memeriksa saksi. "Kami masih mendalami motifnya," ujarnya.
            """,
            "Kami masih mendalami", "Budi Santoso", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian a one-word name of a villager is no title's short form: 'kata Kadirun, warga Desa Sukamaju' after 'Kepala Dinas Perhubungan Kabupaten Garut, Budi Hartono,'",
            """
            Jalan Rusak

            Kepala Dinas Perhubungan Kabupaten Garut, Budi Hartono, mengatakan perbaikan dimulai bulan depan.

            "Sudah dua tahun jalan ini rusak," kata Kadirun, warga Desa Sukamaju.
            """,
            "Sudah dua tahun", "Kadirun", SpeakerSource.SameSentence, "Kadirun"
        },
        {
            "in English 'Unit' closes an organisation's name: '\"…,\" the unit said' after 'the Athletics Integrity Unit, which polices doping in track and field, announced …'",
            """
            Marathon winner banned

            On Monday, the Athletics Integrity Unit, which polices doping in track and field, announced that she had been banned for four years.

            "The athlete was unable to establish how the prohibited substance entered her system," the unit said in its decision.
            """,
            "The athlete was unable", "Athletics Integrity Unit", SpeakerSource.EarlierMention, "unit"
        },
        {
            "in English 'who gave her name only as Pat' gives the name as 'gave her name as' does",
            """
            Bird flu at turkey farm

            One neighbour, who gave her name only as Pat, said the village had been shaken by the news. "Everyone round here buys their turkey from them," she said.
            """,
            "Everyone round here", "Pat", SpeakerSource.Pronoun, "she"
        },
        {
            "a title's field goes on past 'dan' to its short form in brackets and the body's short name before the comma ('… Kelautan dan Perikanan (PDSPKP) KKP, Lalu …')",
            """
            Ekspor Udang Tertekan

            Kementerian Kelautan dan Perikanan (KKP) menyiapkan pembelaan. Direktur Jenderal Penguatan Daya Saing Produk Kelautan dan Perikanan (PDSPKP) KKP, Lalu Saparwadi Hamzani, menilai tuduhan dumping tidak berdasar.

            "Kita tidak boleh bergantung pada satu negara untuk komoditas sebesar ini," kata Dirjen PDSPKP.
            """,
            "Kita tidak boleh bergantung", "Lalu Saparwadi Hamzani", SpeakerSource.EarlierMention, "Dirjen PDSPKP"
        },
        {
            "a one-word short title of the tables ('Wamenaker') is the person given the title in full beside the name ('Wakil Menteri Ketenagakerjaan, Imam …,')",
            """
            Gerai Ritel Tutup

            Pemerintah memantau gelombang penutupan gerai ritel. Wakil Menteri Ketenagakerjaan, Imam Khoirul Fadjri, meminta perusahaan membuka dialog dengan pekerja.

            "Kami akan turunkan pengawas untuk memastikan hak-hak pekerja dipenuhi," ujar Wamenaker.
            """,
            "Kami akan turunkan pengawas", "Imam Khoirul Fadjri", SpeakerSource.EarlierMention, "Wamenaker"
        },
        {
            "'Wamen' and the ministry's short name is the deputy minister the article named ('Wakil Menteri ESDM Krisnanda …' then 'ujar Wamen ESDM')",
            """
            Tarif Listrik Naik

            Wakil Menteri ESDM Krisnanda Aji Wiyoso sebelumnya menyebut kenaikan ini akan menghemat kompensasi yang dibayar APBN kepada PLN.

            "Masih ada 1.200 desa yang listriknya belum 24 jam. Di situ uang negara lebih dibutuhkan," ujar Wamen ESDM.
            """,
            "Masih ada 1.200 desa", "Krisnanda Aji Wiyoso", SpeakerSource.EarlierMention, "Wamen ESDM"
        },
        {
            "a one-word short title whose field's pieces open syllables after two consonants ('Kadisnakkeswan': pe-ter-NAK-an, KES-ehatan he-WAN) is the head the article named",
            """
            Sapi Kurban Diperiksa

            Kepala Dinas Peternakan dan Kesehatan Hewan Kabupaten Sumedang, drh. Nenden Rostiawati, meminta peternak tidak menjual sapi yang bergejala.

            Pemeriksaan dilakukan di tiga pasar hewan. "Sapi dari luar daerah wajib membawa surat keterangan kesehatan hewan," ujar Kadisnakkeswan.
            """,
            "Sapi dari luar daerah", "Nenden Rostiawati", SpeakerSource.EarlierMention, "Kadisnakkeswan"
        },
        {
            "a title and two short forms in capitals, each the initials of words of the field the article gave ('Kepala UP JBE' for 'Kepala Unit Pengelola Sistem Jalan Berbayar Elektronik …')",
            """
            Uji Coba Jalan Berbayar

            Kepala Unit Pengelola Sistem Jalan Berbayar Elektronik Dinas Perhubungan DKI Jakarta, Kristian Mahardika Putro, mengatakan uji coba gratis dipakai untuk menguji keandalan alat.

            Kristian memastikan data kendaraan tidak akan dipakai untuk keperluan lain. "Data disimpan sesuai aturan perlindungan data pribadi," kata Kepala UP JBE.
            """,
            "Data disimpan sesuai", "Kristian Mahardika Putro", SpeakerSource.EarlierMention, "Kepala UP JBE"
        },
        {
            "a title before an organisation's short name is the person given that title beside their name ('Ketua Umum Asosiasi … (Aprindo), Herdian …' then 'kata Ketum Aprindo')",
            """
            Gerai Ritel Tutup

            Ketua Umum Asosiasi Pengusaha Ritel Indonesia (Aprindo), Herdian Sulaiman Wirjono, menilai penutupan gerai mencerminkan perubahan pola belanja. "Gerai besar harus berubah menjadi tempat pengalaman," kata Ketum Aprindo.
            """,
            "Gerai besar harus berubah", "Herdian Sulaiman Wirjono", SpeakerSource.EarlierMention, "Ketum Aprindo"
        },
        {
            "a title's number says which holder it is, not a word of its field ('Deputi II Bapanas' after 'Deputi Bidang Ketersediaan dan Stabilisasi Pangan Bapanas, Theofilus …')",
            """
            Harga Kedelai Naik

            Badan Pangan Nasional (Bapanas) menghitung kebutuhan anggaran. Deputi Bidang Ketersediaan dan Stabilisasi Pangan Bapanas, Theofilus Ginting Suka, mengatakan keputusan akan diambil pekan depan.

            Theofilus mengakui program kedelai lokal belum berjalan. "Lahannya ada, benihnya ada, yang belum ada harganya," ujar Deputi II Bapanas.
            """,
            "Lahannya ada", "Theofilus Ginting Suka", SpeakerSource.EarlierMention, "Deputi II Bapanas"
        },
        {
            "a title and a body's short form written alone elsewhere too ('dan Bapenda', then 'kata Kepala Bapenda') is the head given the title in full",
            """
            PBB Naik 250 Persen

            Kepala Badan Pendapatan Daerah Kabupaten Sidenreng Rappang, Muhtar Amin Pawellangi, mengatakan NJOP lama sudah jauh di bawah harga pasar.

            Wakil Ketua DPRD Sidenreng Rappang mengatakan dewan akan memanggil bupati dan Bapenda pekan depan.

            "Untuk lahan pertanian, kenaikan dibatasi paling tinggi 50 persen," kata Kepala Bapenda.
            """,
            "Untuk lahan pertanian", "Muhtar Amin Pawellangi", SpeakerSource.EarlierMention, "Kepala Bapenda"
        },
        {
            "a body's short name of two words in brackets is the body named in full ('Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas)' then 'tulis BPH Migas')",
            """
            BBM Satu Harga

            Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) menyatakan program BBM Satu Harga tetap berlaku di Puncak Jaya. "Harga di penyalur resmi tetap mengikuti harga nasional," tulis BPH Migas dalam keterangannya.
            """,
            "Harga di penyalur resmi", "Badan Pengatur Hilir Minyak dan Gas Bumi", SpeakerSource.EarlierMention, "BPH Migas"
        },
        {
            "a body's short name of two words in brackets, its ministry after them ('Direktorat Jenderal Peternakan dan Kesehatan Hewan (Ditjen PKH) Kementerian Pertanian')",
            """
            Vaksin LSD Ditambah

            Direktorat Jenderal Peternakan dan Kesehatan Hewan (Ditjen PKH) Kementerian Pertanian menyatakan telah mengirim tambahan vaksin ke Jawa Barat. "Sebanyak 40.000 dosis vaksin tambahan dialokasikan untuk daerah itu," tulis Ditjen PKH dalam keterangan resminya.
            """,
            "Sebanyak 40.000 dosis", "Direktorat Jenderal Peternakan dan Kesehatan Hewan", SpeakerSource.EarlierMention, "Ditjen PKH"
        },
        {
            "in English a rank before a word that closes organisations' names opens an organisation's name ('Major League Baseball said', then 'the league said')",
            """
            A Minor League Team Plays Its Last Home Game

            In a statement, Major League Baseball said the standards were meant to protect players. “Every player deserves safe, modern facilities, wherever he plays,” the league said.
            """,
            "Every player deserves", "Major League Baseball", SpeakerSource.EarlierMention, "league"
        },
        {
            "in English lower-case words after 'the' that close the name of an organisation the article named are that organisation ('the National Park Service' then 'the park service said')",
            """
            Cherry blossoms peak earliest on record

            The Yoshino cherry trees reached peak bloom on Monday, the earliest date since the National Park Service began keeping records a century ago.

            “Sunrise is the only time you get the Basin to yourself,” said Haruto Brennan, a photographer from Arlington.

            The park service said it would add extra staff this week. “Visitors should expect large crowds and should use Metro whenever possible,” the park service said.
            """,
            "Visitors should expect", "National Park Service", SpeakerSource.EarlierMention, "park service"
        },
        {
            "an organisation's head, a title's word and a short name in brackets opening with the head's letter name the organisation ('Asosiasi Pengimpor Kedelai Nusantara (Apkenus)', then 'tulis asosiasi')",
            """
            Harga Kedelai Naik

            Asosiasi Pengimpor Kedelai Nusantara (Apkenus) menyatakan stok kedelai di gudang importir cukup untuk dua bulan. "Importir tidak menahan stok," tulis asosiasi dalam keterangannya.
            """,
            "Importir tidak menahan stok", "Asosiasi Pengimpor Kedelai Nusantara", SpeakerSource.EarlierMention, "asosiasi"
        },
        {
            "'universitas' alone is the university the article named ('Universitas Pelita Timur di Makassar … menyatakan', then 'tulis universitas')",
            """
            Ijazah Palsu Anggota DPRD

            Universitas Pelita Timur di Makassar, kampus yang tercantum dalam ijazah, menyatakan telah menyerahkan seluruh dokumen akademik kepada penyidik. "Kami tidak pernah menerbitkan ijazah atas nama yang bersangkutan," tulis universitas dalam keterangan resminya.
            """,
            "Kami tidak pernah menerbitkan", "Universitas Pelita Timur", SpeakerSource.EarlierMention, "universitas"
        },
        {
            "in English a firm named for building ('… Constructors') and 'the consortium' it was set off as ('Chesapeake Light Rail Constructors, the consortium building the line, said')",
            """
            Purple Line opening delayed to 2029

            Chesapeake Light Rail Constructors, the consortium building the line, said the state had changed the signal design after work began. “The schedule reflects design changes requested by the state, not a failure of construction,” the consortium said in a statement.
            """,
            "The schedule reflects", "Chesapeake Light Rail Constructors", SpeakerSource.EarlierMention, "consortium"
        },
        {
            "in English 'the cooperative' is the organisation the article set off as one ('Royal FloraHolland, the growers' cooperative that runs the auction, said')",
            """
            Dutch growers switch off greenhouse lights

            Royal FloraHolland, the growers' cooperative that runs the auction, said supply of Dutch-grown roses had fallen 18%. "Buyers are turning more to imported flowers from East Africa to fill the gap," the cooperative said.
            """,
            "Buyers are turning", "Royal FloraHolland", SpeakerSource.EarlierMention, "cooperative"
        },
        {
            "in English 'the operator' is the organisation that spoke in the sentence before, not a name with no known given name that spoke earlier ('said Kirsteen Carmichael' … 'CalMac Ferries, which runs the service for the Scottish government, said')",
            """
            South Uist cut off as ferry breakdowns pile up

            "We've had no milk on the shelves since Thursday," said Kirsteen Carmichael, who runs the village shop in Daliburgh.

            CalMac Ferries, which runs the service for the Scottish government, said engineers had been flown in to repair the gearbox. "We are very sorry for the disruption," the operator said.
            """,
            "We are very sorry", "CalMac Ferries", SpeakerSource.EarlierMention, "operator"
        },
        {
            "'Pendeta' before a name is an honorific, not a word of the name ('Ketua Klasis GIDI Mulia, Pendeta Daud Enumbi,')",
            """
            BBM di Puncak Jaya Rp 60.000

            Ketua Klasis GIDI Mulia, Pendeta Daud Enumbi, meminta pedagang tidak memanfaatkan keadaan. "Yang sakit dan yang mau melahirkan harus didahulukan," kata Daud Enumbi.
            """,
            "Yang sakit dan yang mau", "Daud Enumbi", SpeakerSource.SameSentence, null
        },
        {
            "in English 'the rector' is the person the article set off as the rector ('a compromise put forward by the rector, the Rev Penelope Hasketon,')",
            """
            Village church bells fall silent after single noise complaint

            "These bells have rung through two world wars," said Gerald O'Donoghue, who has been tower captain for 31 years.

            Mr O'Donoghue said the ringers had tried a compromise put forward by the rector, the Rev Penelope Hasketon, fitting mufflers to the clappers during practice.

            The rector said she had met the resident. "I understand that not everybody welcomes the sound of bells, and I want to listen," the rector said.
            """,
            "I understand that not everybody", "Penelope Hasketon", SpeakerSource.EarlierMention, "rector"
        },
        {
            "a name glued to the words before it by a copy that lost a space starts at the glued word ('Prakirawan Stasiun Meteorologi JuandaHanif Prabaswara')",
            """
            Puting Beliung di Sidoarjo

            Prakirawan Stasiun Meteorologi JuandaHanif Prabaswara menjelaskan puting beliung terbentuk dari awan kumulonimbus yang tumbuh cepat.

            "Pagi panas terik, siang mendung tebal. Itu tanda yang perlu diwaspadai," jelasnya.
            """,
            "Pagi panas terik", "Hanif Prabaswara", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "someone described without a name before a colon is the description before 'yang', without the clause that qualifies it ('Seorang pedagang sapi asal Garut yang kandangnya bersebelahan menimpali:')",
            """
            Wabah LSD Jelang Idul Adha

            Oman Suherman menjual sapi di Pasar Hewan Tanjungsari. Seorang pedagang sapi asal Garut yang kandangnya bersebelahan menimpali: "Pembeli sekarang periksa kulit sapi satu per satu."
            """,
            "Pembeli sekarang periksa", "Seorang pedagang sapi asal Garut", SpeakerSource.SameSentence, null
        },
        {
            "a quotation that opens its paragraph, then a sentence that points back at it and names who said it ('\"…\" Kalimat itu diucapkan Hasnawati Baco, 61 tahun, …')",
            """
            Warga Sidrap Protes Kenaikan PBB

            "Tahun lalu saya bayar Rp 340.000. Tahun ini tagihannya Rp 1,2 juta." Kalimat itu diucapkan Hasnawati Baco, 61 tahun, nenek lima cucu yang bertani di Kecamatan Watang Pulu.
            """,
            "Tahun lalu saya bayar", "Hasnawati Baco", SpeakerSource.EarlierMention, "Hasnawati Baco"
        },
        {
            "'Demikian disampaikan' and a title with its event's year set off before the name ('Ketua Panitia Cap Go Meh Singkawang 2028, Bong Sui Fat,')",
            """
            Pawai Tatung Singkawang

            Ribuan warga memadati jalan-jalan di Singkawang sejak pagi.

            "Jumlah tatung tahun ini yang terbanyak sejak pawai digelar kembali." Demikian disampaikan Ketua Panitia Cap Go Meh Singkawang 2028, Bong Sui Fat, di Vihara Tri Dharma Bumi Raya, Rabu pagi.
            """,
            "Jumlah tatung tahun ini", "Bong Sui Fat", SpeakerSource.EarlierMention, "Bong Sui Fat"
        },
        {
            "the length a description of someone unnamed may run to does not cut a name in two ('A vendor selling coffee from a cart near the Jefferson Memorial')",
            """
            Cherry blossoms peak earliest on record

            A vendor selling coffee from a cart near the Jefferson Memorial, who asked not to be named, said sales had come early too. “Normally this week is quiet. Today I ran out of milk by nine,” he said.
            """,
            "Normally this week is quiet", "A vendor selling coffee from a cart near the Jefferson Memorial", SpeakerSource.Pronoun, "he"
        },
        {
            "a title's number, where the article gives numbered holders, says which ('Wakil Menteri BUMN II Dony Oskaria dan Wakil Menteri BUMN I …' then 'ujar Wamen BUMN II')",
            """
            Dua wamen BUMN hadiri RUPS

            Jakarta - Wakil Menteri BUMN II Dony Oskaria dan Wakil Menteri BUMN I Kartika Wirjoatmodjo menghadiri rapat umum pemegang saham.

            "Kami fokus pada restrukturisasi BUMN Karya," ujar Wamen BUMN II.

            "Kinerja perusahaan pelat merah terus membaik," kata Wamen BUMN I di Jakarta.
            """,
            "Kami fokus pada restrukturisasi", "Dony Oskaria", SpeakerSource.EarlierMention, "Wamen BUMN II"
        },
        {
            "one who holds the role itself before one whose title holds its words with others between ('Ketua DPR RI Puan Maharani', 'Ketua Komisi III DPR Habiburokhman', then 'kata Ketua DPR')",
            """
            DPR bahas RUU KUHAP

            Jakarta - Ketua DPR RI Puan Maharani memastikan pembahasan RUU KUHAP dilakukan secara terbuka. Puan meminta publik ikut mengawasi.

            Sementara itu, Ketua Komisi III DPR Habiburokhman mengatakan rapat panitia kerja akan digelar pekan depan.

            "Kami akan mengundang koalisi masyarakat sipil," kata Habiburokhman di Kompleks Parlemen, Senayan, Jakarta, Selasa (8/7/2025).

            "DPR tidak akan terburu-buru mengesahkan RUU ini," kata Ketua DPR saat ditemui terpisah.
            """,
            "DPR tidak akan terburu-buru", "Puan Maharani", SpeakerSource.EarlierMention, "Ketua DPR"
        },
        {
            "in English 'the company' is never a public body that spoke since the company was the subject ('Ryanair has cut …' then 'The Civil Aviation Authority said …')",
            """
            Ryanair cuts winter flights

            Ryanair has cut 400,000 seats from its winter schedule, blaming rising airport charges.

            The Civil Aviation Authority said it was monitoring the situation and would publish new guidance in the spring. Flights to and from Dublin Airport will be worst affected.

            "These charges make many routes uneconomic," the company said.
            """,
            "These charges make many routes", "Ryanair", SpeakerSource.EarlierMention, "company"
        },
        {
            "'pegawai dinas tersebut' is the employee described before, not the office ('Seorang pegawai dinas yang enggan disebut namanya')",
            """
            Harga cabai di Bogor naik

            Bogor - Dinas Ketahanan Pangan Kota Bogor mencatat harga cabai rawit naik hingga Rp 80 ribu per kilogram.

            Kepala Dinas Ketahanan Pangan Kota Bogor, Sujatmiko Baliarto, mengatakan kenaikan dipicu cuaca buruk.

            "Pasokan dari Garut dan Cianjur berkurang," kata Sujatmiko di Balai Kota Bogor, Senin (3/6/2024).

            Seorang pegawai dinas yang enggan disebut namanya mengaku operasi pasar baru digelar pekan depan.

            "Anggarannya belum turun," kata pegawai dinas tersebut.
            """,
            "Anggarannya belum turun", "Seorang pegawai dinas", SpeakerSource.EarlierMention, "pegawai dinas"
        },
        {
            "a title's field goes on past 'dan' to the comma before the name ('Direktur Jenderal Mineral dan Batubara, Saut Tumpak Sidabalok,' then 'jawab Dirjen Minerba')",
            """
            Izin Ekspor Timah Tertahan

            Kementerian ESDM menyatakan evaluasi RKAB tahun ini lebih ketat. Direktur Jenderal Mineral dan Batubara, Saut Tumpak Sidabalok, mengatakan timnya mencocokkan rencana produksi.

            Saut menjawab singkat. "Perusahaan yang dokumennya lengkap akan kami selesaikan pekan depan," jawab Dirjen Minerba.
            """,
            "Perusahaan yang dokumennya lengkap", "Saut Tumpak Sidabalok", SpeakerSource.EarlierMention, "Dirjen Minerba"
        },
        {
            "a title's short form with digits among its capitals ('Kadis DP3AP2KB' after 'Kepala Dinas … (DP3AP2KB) NTB, Baiq Sulistia Kurnianingsih,')",
            """
            Joki Anak di Pacuan Kuda

            Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk, dan Keluarga Berencana (DP3AP2KB) NTB, Baiq Sulistia Kurnianingsih, mengatakan pemerintah tidak melarang pacuan kuda.

            Pemilik kuda sudah diundang berdialog pekan depan. "Kalau panitia tetap memakai joki anak, izin acaranya kami cabut," tegas Kadis DP3AP2KB.
            """,
            "Kalau panitia tetap memakai", "Baiq Sulistia Kurnianingsih", SpeakerSource.EarlierMention, "Kadis DP3AP2KB"
        },
        {
            "in English 'St.' after a given name or an honorific opens a surname, not a saint's title ('Lucien St. Pierre', then 'Mr. St. Pierre said')",
            """
            A Warm March Cuts Vermont's Maple Season Short

            FRANKLIN, Vt. — Lucien St. Pierre pulled his taps on March 24, the earliest in the 46 years he has been making maple syrup.

            “Three nights in a row it didn’t freeze. The sap just stopped,” Mr. St. Pierre said.
            """,
            "Three nights in a row", "Lucien St. Pierre", SpeakerSource.EarlierMention, "Mr. St. Pierre"
        },
        {
            "'yang akrab disapa' after a name, its age and a description set off by a comma is that person's nickname ('Ngatinem (66), penjual gudeg yang akrab disapa Mbok Nem'); 'Mbok' is an honorific",
            """
            PKL Malioboro Menolak Pindah

            Salah satu pedagang yang ikut aksi adalah Ngatinem (66), penjual gudeg yang akrab disapa Mbok Nem. Ia sudah berjualan di emperan toko sejak 1987.

            Koordinator paguyuban, Rujito Hadiwinoto, mengatakan pedagang akan bertahan.

            "Kalau di dalam gedung, siapa yang tahu saya di sana," kata Mbok Nem.
            """,
            "Kalau di dalam gedung", "Ngatinem", SpeakerSource.EarlierMention, "Mbok Nem"
        },
        {
            "in English 'Vet' before a name is a title, not a word of the name ('Vet Rufus Ainsworth, who treated the surviving ewes, said')",
            """
            Dog attack kills 27 sheep on Teesdale farm

            Vet Rufus Ainsworth, who treated the surviving ewes, said several were likely to abort their lambs. He described the attack as "the worst I've attended in 20 years".
            """,
            "the worst I've attended", "Rufus Ainsworth", SpeakerSource.Pronoun, "He"
        },
        {
            "a title's short form in brackets, then the parent body's name of two words before the comma ('Kepala Pusat … (Pusdatin) Kementerian Pertanian, Rahmat …,') gives the person the title",
            """
            Data Panen Direvisi

            Kementerian Pertanian merevisi angka produksi padi. Kepala Pusat Data dan Sistem Informasi (Pusdatin) Kementerian Pertanian, Rahmat Hidayat Siregar, menyebut revisi dilakukan setelah survei lapangan selesai.

            Ia menambahkan, survei melibatkan 4.000 petugas. "Angka baru akan kami umumkan pekan depan," kata Kepala Pusdatin.
            """,
            "Angka baru akan kami", "Rahmat Hidayat Siregar", SpeakerSource.EarlierMention, "Kepala Pusdatin"
        },
        {
            "one word of the tables' organisation words closing an association's name after its title ('Ketua Umum Asosiasi Importir Buah Nusantara (Aibun), Wahyu …') is the association's, so 'Ketum Aibun' is the person",
            """
            Impor Jeruk Tertahan

            Ketua Umum Asosiasi Importir Buah Nusantara (Aibun), Wahyu Lestari Sembiring, mengatakan ratusan kontainer jeruk tertahan di pelabuhan.

            Wahyu menyebut anggotanya menanggung biaya sewa kontainer. "Kami minta izin impor segera diterbitkan," ujar Ketum Aibun.
            """,
            "Kami minta izin impor", "Wahyu Lestari Sembiring", SpeakerSource.EarlierMention, "Ketum Aibun"
        },
        {
            "a regency whose name opens with a royal title ('Perairan Raja Ampat') closes the title before the name, so 'Kepala UPTD itu' is the person",
            """
            Terumbu Karang Rusak

            Kerusakan terumbu karang ditemukan di Selat Dampier, Kabupaten Raja Ampat, Papua Barat Daya, pekan lalu.

            Kepala Unit Pelaksana Teknis Daerah Kawasan Konservasi Perairan Raja Ampat, Yulius Mambrasar, mengatakan kerusakan karang mencapai dua hektare.

            Yulius mengatakan pihaknya akan memasang pelampung penanda di perairan Raja Ampat. "Kapal besar tidak boleh lagi lewat jalur itu," ujar Kepala UPTD itu.
            """,
            "Kapal besar tidak boleh", "Yulius Mambrasar", SpeakerSource.EarlierMention, "Kepala UPTD"
        },
        {
            "in English a group's possessive in an irregular plural before words that close on an organisation's word is inside its name ('the Carlingford Fishermen's Co-operative Society'), so 'the co-operative' is the society",
            """
            Oyster harvest halted

            The Carlingford Fishermen's Co-operative Society, which markets the oysters, said it had stopped the harvest after the tests. "We will not sell a single oyster until the water is clean," the co-operative said.
            """,
            "We will not sell", "Carlingford Fishermen's Co-operative Society", SpeakerSource.EarlierMention, "co-operative"
        },
        {
            "in English a capitalised 'Administration' before 'of' goes on to the body's field, the rank-like first word and all ('General Administration of Customs')",
            """
            Fruit shipments held

            China's General Administration of Customs said on Tuesday that it had held 40 containers at Shenzhen. "Every consignment will be tested before release," the administration said.
            """,
            "Every consignment will", "General Administration of Customs", SpeakerSource.EarlierMention, "administration"
        },
        {
            "in English a name closing on 'Constabulary' is a police force's, not a person's, so 'the force' is it",
            """
            Sheep killed by dogs

            Police said two dogs had been seen running through the flock on Sunday. Northumbria Constabulary said it was looking for the owner of two dogs seen near the flock. "We would ask anyone with information to call us," the force said.
            """,
            "We would ask anyone", "Northumbria Constabulary", SpeakerSource.EarlierMention, "force"
        },
        {
            "in English a person set off after an owner's pronoun and a word for a woman opening the sentence ('His daughter, Maisie Thwaite, 17, …') is its subject and a woman, so 'she said' is her and a later 'Mr Thwaite' is her father",
            """
            Floods reach farm

            "We lost the whole barley crop in one night," said Godfrey Thwaite, whose family has farmed near the river since 1890.

            His daughter, Maisie Thwaite, 17, found the water in the lambing shed at dawn. "It was up to my knees and still rising," she said.

            Mr Thwaite said he would ask the council for help. "We cannot do this again next winter," he said.
            """,
            "It was up to my knees", "Maisie Thwaite", SpeakerSource.Pronoun, "she"
        },
        {
            "a word for a man set off before a name ('Her son, Ruari Ferrier, 12,') makes him a man, so a later 'Mrs Ferrier' is his mother, not the son named since",
            """
            School bus cut

            Elspeth Ferrier, who has driven the route for 20 years, said parents had not been told. "Nobody asked us," she said.

            Her son, Ruari Ferrier, 12, now walks two miles to the bus stop on the main road.

            Mrs Ferrier said she would write to the council. "He is twelve and the road has no pavement," she said.
            """,
            "He is twelve and", "Elspeth Ferrier", SpeakerSource.Pronoun, "she"
        },
        {
            "in English the person after 'according to' and an organisation's possessive speaks ('according to the Economist Intelligence Unit's Mr Hensel. But he warned'), over someone the paragraph before made its subject",
            """
            Steel sale reviewed

            An open-ended list could damage investors' faith in the country, said Stuart Hensel of the Economist Intelligence Unit.

            His opponent, Viktor Moroz, still has strong support in the east of the country.

            A resale could triple the price, according to the Economist Intelligence Unit's Mr Hensel. But he warned that the government could take the easy route. "That way, the president can say he has won," he told reporters.
            """,
            "That way, the president", "Stuart Hensel", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a party's letter alone in brackets between the name and the verb after the quote ('Clifford Ashdown (R) said') is no part of the cue",
            """
            County budget vote

            "We will not raise property taxes this year, and I will veto any budget that does," County Executive Clifford Ashdown (R) said on Tuesday.
            """,
            "We will not raise property", "Clifford Ashdown", SpeakerSource.SameSentence, "County Executive Clifford Ashdown"
        },
        {
            "in Indonesian any noun with 'itu', 'tersebut' or 'ini' before a passive verb of speech, after a quotation closed on a stop, points back at it ('\"…\" Keluhan itu disampaikan Darmin Lubis')",
            """
            Harga Karet Anjlok

            Petani karet di Jambi mengeluhkan harga yang terus turun sejak awal tahun.

            "Dulu sekilo karet bisa buat beli dua kilo beras. Sekarang tidak cukup sekilo." Keluhan itu disampaikan Darmin Lubis (51), petani karet di Muaro Jambi, Senin (4/3/2030).
            """,
            "Dulu sekilo karet", "Darmin Lubis", SpeakerSource.EarlierMention, "Darmin Lubis"
        },
        {
            "'Pria yang biasa disapa Daeng Baso itu' after a one-word name that spoke ('Begitu kata Sudirman (58), …') is that person, and the nickname does not become the name",
            """
            Kapal Kayu Terbakar

            "Empat bulan kami bekerja, habis dalam semalam." Begitu kata Sudirman (58), kepala tukang di galangan itu, Rabu (3/4/2030).

            Pria yang biasa disapa Daeng Baso itu sudah membuat kapal sejak remaja. "Kayu sebagus itu sekarang susah dicari," kata Daeng Baso.
            """,
            "Kayu sebagus itu", "Sudirman", SpeakerSource.EarlierMention, "Daeng Baso"
        },
        {
            "a title's short form in brackets, then the place's name before the comma ('Kepala Dinas … (DKP) Kabupaten Pangkep, Andi …') gives the person the title, so 'Kadis DKP' is the person",
            """
            Rumput Laut Menumpuk

            Petani rumput laut di Pangkep mengeluhkan harga yang turun sejak awal tahun. Kepala Dinas Kelautan dan Perikanan (DKP) Kabupaten Pangkep, Andi Sulolipu Mattalatta, mengatakan stok di gudang sudah mencapai 300 ton.

            Menurut dia, pemerintah daerah sedang mencari pembeli baru. "Kami sudah hubungi dua pabrik di Surabaya," kata Kadis DKP.
            """,
            "Kami sudah hubungi", "Andi Sulolipu Mattalatta", SpeakerSource.EarlierMention, "Kadis DKP"
        },
        {
            "'Pelaksana Tugas (Plt.)' before a title is the title's, its short form in brackets and all, so 'Plt. Kadisdik' is the acting head named after it",
            """
            Sekolah Rusak Diperbaiki

            Pelaksana Tugas (Plt.) Kepala Dinas Pendidikan Kota Jambi, Rosmaniar Hasibuan, mengatakan 14 sekolah akan diperbaiki tahun ini.

            Rosmaniar menyebut anggaran sudah disetujui dewan. "Atap yang bocor kami dahulukan," kata Plt. Kadisdik.
            """,
            "Atap yang bocor", "Rosmaniar Hasibuan", SpeakerSource.EarlierMention, "Plt. Kadisdik"
        },
        {
            "'Plt. Dirjen Daglu' after 'Pelaksana Tugas (Plt.) Direktur Jenderal … (Daglu) Kementerian Perdagangan, Hermin …' is the person, not the body",
            """
            Impor Bawang Putih

            Pelaksana Tugas (Plt.) Direktur Jenderal Perdagangan Luar Negeri (Daglu) Kementerian Perdagangan, Suryani Wulandari, mengatakan persetujuan impor terbit dalam tiga hari.

            Suryani menambahkan, sistem perizinan sudah terhubung. "Tidak ada lagi izin yang tertahan," ujar Plt. Dirjen Daglu.
            """,
            "Tidak ada lagi izin", "Suryani Wulandari", SpeakerSource.EarlierMention, "Plt. Dirjen Daglu"
        },
        {
            "'Perhimpunan' opens an organisation's name ('Perhimpunan Importir Buah Nusantara (Pibnus)'), so 'Ketua Umum Pibnus, Rudy …' and later 'Ketum Pibnus' are the person",
            """
            Pasokan Apel Seret

            Perhimpunan Importir Buah Nusantara (Pibnus) memperkirakan pasokan apel turun separuh. Ketua Umum Pibnus, Rudy Halim Santoso, mengatakan kapal dari Selandia Baru terlambat dua pekan.

            Rudy berharap izin impor terbit lebih cepat. "Kami selalu kalah cepat dari musim," ujar Ketum Pibnus.
            """,
            "Kami selalu kalah cepat", "Rudy Halim Santoso", SpeakerSource.EarlierMention, "Ketum Pibnus"
        },
        {
            "a title's short form in brackets, then a body and its place of four words before the comma and a lower-case honorific ('(P2P) Dinas Kesehatan Kabupaten Kediri, dr. Wulan …') gives the person the title",
            """
            Petasan Dilarang

            Kepala Bidang Pencegahan dan Pengendalian Penyakit (P2P) Dinas Kesehatan Kabupaten Kediri, dr. Wulan Purnamasari, mengingatkan bahaya suara keras bagi bayi.

            Wulan meminta warga menjauhkan anak dari arena. "Telinga bayi bisa rusak dalam hitungan menit," kata Kabid P2P.
            """,
            "Telinga bayi bisa rusak", "Wulan Purnamasari", SpeakerSource.EarlierMention, "Kabid P2P"
        },
        {
            "'Dir' opening a one-word short title is 'direktur' ('ujar Dirpolairud' after 'Direktur Polisi Air dan Udara Polda Riau Kombes Pol. Hendra …')",
            """
            Benih Lobster Diselundupkan

            Direktur Polisi Air dan Udara Polda Riau Kombes Pol. Hendra Wijayakusuma mengatakan benih lobster itu akan dikirim ke Singapura.

            Polisi menetapkan empat tersangka. "Jaringan ini sudah kami pantau sejak Maret," ujar Dirpolairud.
            """,
            "Jaringan ini sudah", "Hendra Wijayakusuma", SpeakerSource.EarlierMention, "Dirpolairud"
        },
        {
            "a nickname the article says someone is called by ('Darwis Muchtar (51), penyadap yang akrab disapa Wak Tar') is that person's, not another's whose name it could be cut from ('Tarmizi Jamil')",
            """
            Harga Karet Anjlok

            Ketua kelompok tani, Tarmizi Jamil Parapat, mengatakan harga getah turun sejak Januari.

            Di Sungai Lilin, Darwis Muchtar (51), penyadap yang akrab disapa Wak Tar, kini hanya menyadap dua hari sepekan.

            "Getahnya kami tampung dulu sampai harga naik," kata Wak Tar.
            """,
            "Getahnya kami tampung", "Darwis Muchtar", SpeakerSource.EarlierMention, "Wak Tar"
        },
        {
            "'Warga memanggil Husin dengan sebutan Wak Itam': the person called so, and '\"…\" Kalimat itu keluar dari mulut X' names the speaker",
            """
            Perajin Perahu Bidar

            "Kayu tembesu sepanjang itu sekarang harus dicari sampai ke hulu." Kalimat itu keluar dari mulut Husin Bastari (68), perajin perahu di Palembang, Rabu (14/8/2030).

            Warga sekitar memanggil Husin dengan sebutan Wak Itam. "Dulu ada enam bengkel di sini, sekarang tinggal saya," kata Wak Itam.
            """,
            "Dulu ada enam bengkel", "Husin Bastari", SpeakerSource.EarlierMention, "Wak Itam"
        },
        {
            "the same: '\"…\" Kalimat itu keluar dari mulut Husin Bastari' names who said the quotation",
            """
            Perajin Perahu Bidar

            "Kayu tembesu sepanjang itu sekarang harus dicari sampai ke hulu." Kalimat itu keluar dari mulut Husin Bastari (68), perajin perahu di Palembang.
            """,
            "Kayu tembesu sepanjang", "Husin Bastari", SpeakerSource.EarlierMention, "Husin Bastari"
        },
        {
            "'X, pedagang buah yang sudah 20 tahun berjualan di pasar itu dan akrab disapa Bang Obin' and 'ia biasa dipanggil Mamiq Riadi': the nickname is the person's",
            """
            Jeruk Impor Langka

            Ahmad Sobirin Mahfudz, pedagang buah yang sudah 20 tahun berjualan di pasar itu dan akrab disapa Bang Obin, hanya menerima separuh pesanan.

            "Pelanggan sudah pesan sejak bulan lalu," kata Bang Obin.
            """,
            "Pelanggan sudah pesan", "Ahmad Sobirin Mahfudz", SpeakerSource.EarlierMention, "Bang Obin"
        },
        {
            "'Di kampungnya ia biasa dipanggil Mamiq Riadi': the nickname of the person named last",
            """
            Nelayan Benih Lobster

            Sahrul Wirasakti Junaidi (46) menangkap benih lobster di Teluk Ekas sejak 2019. Di kampungnya ia biasa dipanggil Mamiq Riadi, mengikuti nama anak sulungnya.

            "Kami nelayan kecil hanya menangkap dan menjual," kata Mamiq Riadi.
            """,
            "Kami nelayan kecil", "Sahrul Wirasakti Junaidi", SpeakerSource.EarlierMention, "Mamiq Riadi"
        },
        {
            "in English a capitalised word after 'and' that joined an organisation's head to the rest of the run is the organisation's name, no person ('Ecuador's Ministry of Agriculture and Livestock said')",
            """
            Banana exports checked

            Ecuador's Ministry of Agriculture and Livestock said on Monday that banana exports would continue normally. "There is no risk to the fruit that consumers eat," the ministry said.
            """,
            "There is no risk", "Ministry of Agriculture and Livestock", SpeakerSource.EarlierMention, "ministry"
        },
        {
            "in English an honorific and a surname are whom the article called so before ('Mr Ashcombe said' after 'Dennis Ashcombe … Mr Ashcombe said'), over a namesake named since ('Toby Ashcombe, the couple's son')",
            """
            Sinkhole swallows garden

            Dennis Ashcombe, 66, said the noise woke him at 3am. "I thought a lorry had crashed into the house," Mr Ashcombe said.

            "Dad wants to go home, and I understand that," said Toby Ashcombe, the couple's son, who drove down from Leeds.

            Mr Ashcombe said he had refused to move in with his son. "I want to be here when they fill that hole," he said.
            """,
            "I want to be here", "Dennis Ashcombe", SpeakerSource.Pronoun, "he"
        },
        {
            "in English an owner's pronoun and a word for a relative after the quotation ('her brother said') are the person the article introduced so ('Her brother, Nico Ferrante, 43,')",
            """
            Old cinema reopens

            "Our grandfather ran the projector here for 31 years," said Carla Ferrante, 46, who bought the theatre in 2024.

            Her brother, Nico Ferrante, 43, a carpenter, restored the plaster ceiling himself.

            Carla Ferrante, a former bank manager, handles the accounts. "She does the money, I do the ceilings," her brother said.
            """,
            "She does the money", "Nico Ferrante", SpeakerSource.EarlierMention, "her brother"
        },
        {
            "in Indonesian a description closed by a demonstrative after the quotation ('kata pedagang itu') is the one described before with 'seorang' and its first word ('seorang pedagang sayur di Pasar Bantul'), no one named since",
            """
            BPR Ditutup

            Kepala OJK Yogyakarta, Hartono Wibisono, mengatakan nasabah tidak perlu khawatir.

            Di depan kantor BPR, seorang pedagang sayur di Pasar Bantul menunjukkan buku tabungannya kepada wartawan. "Sekarang siapa yang mengambil setoran ke pasar?" kata pedagang itu.
            """,
            "Sekarang siapa yang", "seorang pedagang sayur di Pasar Bantul", SpeakerSource.EarlierMention, "pedagang"
        },
        {
            "in English someone described without a name, then a participle's clause between commas, then a verb of speech ('A tourist from Osaka, browsing through a box of maps, said') is whom 'the tourist said' means",
            """
            Booksellers told to go

            Solange Marchetti, who runs a stall by the river, said the new rules were unfair.

            A tourist from Osaka, browsing through a box of old maps, said she had come because of a film. "I did not expect so many key chains," the tourist said.
            """,
            "I did not expect", "A tourist from Osaka", SpeakerSource.EarlierMention, "tourist"
        },
        {
            "an unnamed description stops before an Indonesian adverb of contrast ('Seorang penonton asal Kecamatan Turen justru menyayangkan …')",
            """
            Sound Horeg Dibatasi

            Seorang penonton asal Kecamatan Turen justru menyayangkan aturan itu. "Yang dicari orang ya dentumannya," tuturnya sambil tertawa.
            """,
            "Yang dicari orang", "Seorang penonton asal Kecamatan Turen", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in Indonesian a person after a phrase of place or time set off by a comma ('Di Takalar, Hasnah masih …', 'Menjelang magrib, …') is the sentence's subject, whom '-nya' goes on with, not the one who spoke in the paragraph before",
            """
            Harga Rumput Laut

            Sekjen asosiasi, Bonaventura Sitompul, meminta pemerintah membuka pasar baru. "Kita akan terus jadi penerima harga," kata Bonaventura.

            Di Takalar, Hasnah Daeng Ngai masih turun ke laut setiap pagi, sementara suaminya, Sangkala, bekerja di Makassar. "Rumput laut tetap saya tanam, karena ini warisan orang tua," tuturnya.
            """,
            "Rumput laut tetap saya", "Hasnah Daeng Ngai", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in English a surname alone is whom the article called so before ('Quintero said' after 'Ramiro Quintero Salas … Quintero'), over a namesake named since ('his daughter, Lucía Quintero Mora')",
            """
            Banana farms hit by fungus

            "My grandfather planted these fields," said Ramiro Quintero Salas, 67, who grows bananas near Machala. Quintero has lost a third of his plants.

            His daughter, Lucía Quintero Mora, 31, runs the packing shed. "A big exporter can spend $50,000 on a wash station. We cannot," she said.

            "Every buyer asks us for a certificate," said Esteban Roldán Vera, an exporter in Machala.

            Quintero said his daughter had persuaded him to plant a newer variety. "I told her it would never sell," he said.
            """,
            "I told her it would", "Ramiro Quintero Salas", SpeakerSource.Pronoun, "he"
        },
        {
            "one person described in Indonesian before a colon cue may take ten words, a school's short name among them ('Seorang siswa kelas VI SD di Kecamatan Jekan Raya berkata singkat:')",
            """
            Kabut Asap Pekat

            Seorang siswa kelas VI SD di Kecamatan Jekan Raya yang ditemui di depan rumahnya berkata singkat: "Belajar di rumah bosan, tapi di luar mata perih."
            """,
            "Belajar di rumah bosan", "Seorang siswa kelas VI SD di Kecamatan Jekan Raya", SpeakerSource.SameSentence, "Seorang siswa kelas VI SD di Kecamatan Jekan Raya"
        },
        {
            "in English a name closing on 'Foods' is a company's, so 'the company said' after a ministry spoke is it",
            """
            Cabbage prices soar

            The Ministry of Agriculture said supply would stabilise as the harvest began.

            Seoul Kimchi Foods, one of the country's largest kimchi makers, said it had cut output at two factories. "We are prioritising supply to existing customers," the company said in a statement.
            """,
            "We are prioritising supply", "Seoul Kimchi Foods", SpeakerSource.EarlierMention, "company"
        },
        {
            "'Dirreskrimum' is the article's 'Direktur Reserse Kriminal Umum Polda …' ([role-aliases])",
            """
            Penipuan Umrah

            Direktur Reserse Kriminal Umum Polda Banten Kombes Pol. Heribertus Wicaksono mengatakan penyidik menerima 50 laporan.

            Polisi masih menelusuri aliran dana. "Kalau unsur penggelapannya terpenuhi, tersangka bisa bertambah," ujar Dirreskrimum.
            """,
            "Kalau unsur penggelapannya", "Heribertus Wicaksono", SpeakerSource.EarlierMention, "Dirreskrimum"
        },
        {
            "'Kapolrestabes' is the article's 'Kepala Kepolisian Resor Kota Besar …' ([role-aliases])",
            """
            Taruna Tewas

            Kepala Kepolisian Resor Kota Besar Semarang Komisaris Besar Aryo Pradipta Wicaksana mengatakan penyidik sudah memeriksa sembilan saksi.

            Hasil autopsi ditunggu pekan depan. "Kalau alat bukti cukup, tersangka segera kami tetapkan," kata Kapolrestabes.
            """,
            "Kalau alat bukti cukup", "Aryo Pradipta Wicaksana", SpeakerSource.EarlierMention, "Kapolrestabes"
        },
        {
            "in English 'they said' after people described without names in the plural, subject of the sentence of speech before ('Two men walking their dogs … said'), is them, without the day ('on Tuesday')",
            """
            Avenue of limes felled

            Derek Rawlins, who chairs the residents' group, said the trees had been healthy.

            Two men walking their dogs along the avenue on Tuesday morning said they had not expected every tree to go. "It is going to look like a motorway," they said.
            """,
            "It is going to look", "Two men walking their dogs along the avenue", SpeakerSource.Pronoun, "they"
        },
        {
            "in Indonesian 'keduanya' is a plural pronoun: the two people last named together",
            """
            Peringkat Obligasi Diturunkan

            Analis Pefindo Martin Siregar dan Kresna Wiryawan menjelaskan, penurunan peringkat disebabkan oleh penjualan yang melemah. "Perseroan berencana menggunakan kas internal untuk melunasi obligasi," tulis keduanya.
            """,
            "Perseroan berencana menggunakan", "Martin Siregar dan Kresna Wiryawan", SpeakerSource.Pronoun, "keduanya"
        },
        {
            "a noun with 'itu' before a verb of denial ('Tudingan itu dibantah Kepala Dinas …') does not point back at the quotation before it: the one who denies did not say it",
            """
            Warga Tuding Proyek Jalan Asal-asalan

            Sejumlah warga Desa Cikarang mengeluhkan kualitas jalan yang baru selesai dibangun.

            "Baru tiga bulan sudah berlubang. Ini pasti dikurangi volumenya," ujar Ahmad Sobari, warga setempat, Senin (12/5/2025).

            "Kami minta ada audit dari inspektorat."

            Tudingan itu dibantah Kepala Dinas PUPR Kabupaten Bekasi, Henri Lincoln. Menurutnya, pekerjaan sudah sesuai spesifikasi.
            """,
            "Kami minta ada audit", "Ahmad Sobari", SpeakerSource.Continuation, null
        },
        {
            "'ia biasa dipanggil Mbah Gundul' is the person named last, past one set off after a word for a relative ('cucunya, Ahmad Rizki,')",
            """
            Penjual Gethuk Tertua

            Sukarto Wiryo (78) sudah berjualan gethuk sejak 1965. Ia tinggal bersama cucunya, Ahmad Rizki, di Kampung Ngampilan.

            Di kampungnya ia biasa dipanggil Mbah Gundul.

            "Dulu harganya cuma lima rupiah," kata Mbah Gundul sambil tersenyum.
            """,
            "Dulu harganya cuma", "Sukarto Wiryo", SpeakerSource.EarlierMention, "Mbah Gundul"
        },
        {
            "'kata pedagang itu' after 'Seorang pedagang sayur ditipu …': the description stops at the passive verb",
            """
            Pedagang Sayur Tertipu Uang Palsu

            Seorang pedagang sayur ditipu pembeli dengan uang palsu pecahan Rp 100 ribu, Kamis (8/5/2025) pagi.

            "Uangnya mirip sekali dengan yang asli," kata pedagang itu.
            """,
            "Uangnya mirip sekali", "Seorang pedagang sayur", SpeakerSource.EarlierMention, "pedagang"
        },
        {
            "in English a known given name after 'and' past an organisation's name opens a person's name ('at the University of California and Dan Gillmor, a … journalist')",
            """
            Apple sues bloggers over leaks

            The EFF has gained some powerful allies, including Professor Tom Goldstein, former dean of the Journalism School at the University of California and Dan Gillmor, a well-known Silicon Valley journalist.

            "Bloggers deserve the same protections as any other reporter," Mr Gillmor said.
            """,
            "Bloggers deserve the same", "Dan Gillmor", SpeakerSource.EarlierMention, "Mr Gillmor"
        },
        {
            "'nelayan yang sehari-hari disapa Pan Gita' and 'yang di kampungnya akrab disapa Apa Zul': an adverb of habit, or a few words of where, between 'yang' and 'disapa'",
            """
            Sampah Kiriman di Pantai

            Di Banjar Pande Mas, I Nyoman Sudira (56), nelayan yang sehari-hari disapa Pan Wira, memilih tidak melaut. "Jaring bisa robek kena kayu," kata Pan Wira.
            """,
            "Jaring bisa robek", "I Nyoman Sudira", SpeakerSource.EarlierMention, "Pan Wira"
        },
        {
            "the same, past a few words of where: 'Zulkarnain, yang di kampungnya akrab disapa Apa Zul'",
            """
            Harga Nilam Anjlok

            Penyuling nilam di Aceh Jaya menghentikan produksi. Zulkarnain Ibrahim, yang di kampungnya akrab disapa Apa Zul, mengaku belum pernah mendengar soal bantuan itu. "Kami yang di ujung jalan tidak pernah ditanya," kata Apa Zul.
            """,
            "Kami yang di ujung jalan", "Zulkarnain Ibrahim", SpeakerSource.EarlierMention, "Apa Zul"
        },
        {
            "in English 'the co-op said' is the cooperative the article named",
            """
            Last dairy herd sold

            The Patuxent Valley Dairy Cooperative, which bought the farm's milk, said small dairies were under strain. "Every dairy we lose is one we are unlikely to get back," the co-op said in a statement.
            """,
            "Every dairy we lose", "Patuxent Valley Dairy Cooperative", SpeakerSource.EarlierMention, "co-op"
        },
        {
            "in English someone described without a name who opens the quotation's paragraph, whatever the verb, is whom 'he' means ('A crewman on a trawler moored nearby, who asked not to be named, was coiling rope')",
            """
            Harbour fees to double

            Dr. Helen Marsh, a fisheries economist at the University of Plymouth, said smaller boats would struggle. "The margins were thin already," Dr. Marsh said.

            A crewman on a trawler moored nearby, who asked not to be named because his skipper had not agreed to talk, was coiling rope on the quay. "If the boat goes, I go with it," he said.
            """,
            "If the boat goes", "A crewman on a trawler moored nearby", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a description that opens the paragraph is only someone's when one of its first words is a person's: 'A new survey … found' leaves 'he' to the man named before",
            """
            Harbour fees to double

            Harbour master Tom Pengelly said the fees had not risen in a decade.

            A new survey of the port's users, published on Monday, found most would pay more for better moorings. "People want pontoons that do not leak," he said.
            """,
            "People want pontoons", "Tom Pengelly", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a description runs on to its verb past ten words and a participle ('A man waiting for the last ferry at the slipway near the chapel on Friday said')",
            """
            Ferry cut to one crossing

            Councillor Ruth Kessell said the cut was "a disgrace".

            A man waiting for the last ferry at the slipway near the chapel on Friday said he would now drive. "It is an hour round the estuary," he said.
            """,
            "It is an hour", "A man waiting for the last ferry at the slipway near the chapel", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian someone described without a name after an opening phrase of place is whom '-nya' means ('Di ujung dermaga, seorang nelayan asal Desa Tanjung menambal jaring')",
            """
            Solar langka, nelayan tak melaut

            Kepala Dinas Perikanan Kabupaten Pati, Sutrisno Hadi, mengatakan kuota solar sudah ditambah. "Kami sudah ajukan tambahan kuota," kata Sutrisno.

            Di ujung dermaga, seorang nelayan asal Desa Tanjung menambal jaring yang robek. Ia sudah sepekan tidak melaut. "Solar di SPBN habis sejak Senin. Kami mau beli eceran, harganya dua kali lipat," ujarnya.
            """,
            "Solar di SPBN habis", "seorang nelayan asal Desa Tanjung", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian the description ends before 'ikut' and at a 'yang' clause ('Seorang relawan asal Desa Sumber ikut mengangkut', 'Seorang sopir truk asal Tuban yang ditemui di lokasi memilih')",
            """
            Jembatan putus, warga terisolasi

            Camat Sumberjo, Hartono Wibisono, menyebut jembatan darurat selesai dalam sepekan. "Material sudah kami kirim," kata Hartono.

            Seorang relawan asal Desa Sumber ikut mengangkut karung pasir sejak pagi. "Kami bergantian, tidak ada yang pulang," ujarnya.

            Seorang sopir truk asal Tuban yang ditemui di lokasi memilih memutar lewat jalur selatan. "Jaraknya dua kali lipat, tapi barang harus sampai," tuturnya.
            """,
            "Kami bergantian", "Seorang relawan asal Desa Sumber", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian a description ends at the 'yang' of a clause about the one described ('Seorang sopir truk asal Tuban yang ditemui di lokasi memilih memutar')",
            """
            Jembatan putus, warga terisolasi

            Camat Sumberjo, Hartono Wibisono, menyebut jembatan darurat selesai dalam sepekan. "Material sudah kami kirim," kata Hartono.

            Seorang sopir truk asal Tuban yang ditemui di lokasi memilih memutar lewat jalur selatan. "Jaraknya dua kali lipat, tapi barang harus sampai," tuturnya.
            """,
            "Jaraknya dua kali lipat", "Seorang sopir truk asal Tuban", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in Indonesian people counted who open the quotation's paragraph, whatever the verb, are whom 'mereka' means, past a city set off by commas ('Dua pengemudi ojek di Terminal Kampung Rambutan, Jakarta Timur, yang …')",
            """
            Tarif ojek daring naik

            Kepala Dinas Perhubungan DKI, Syafrin Wibowo, mengatakan tarif baru berlaku pekan depan. "Kami sudah sosialisasikan ke aplikator," kata Syafrin.

            Dua pengemudi ojek di Terminal Kampung Rambutan, Jakarta Timur, yang ditemui bersamaan mengaku belum tahu soal tarif baru itu. "Kami belum dapat pemberitahuan dari aplikasi," kata mereka.
            """,
            "Kami belum dapat pemberitahuan", "Dua pengemudi ojek di Terminal Kampung Rambutan", SpeakerSource.Pronoun, "mereka"
        },
        {
            "in Indonesian a landmark's capitalised name after 'Benteng', 'Pantai', 'Candi' … is a place, not a person named since ('turun dari andong di depan Benteng Vredeburg')",
            """
            Andong wajib pakai kantong kotoran

            Ketua paguyuban, Tri Raharjo Gondosuwito, menyebut kantong penuh harus dikosongkan. "Kalau tidak ada tempat buang, nanti dibuang di selokan," kata Raharjo.

            Tiga wisatawan asal Semarang yang baru turun dari andong di depan Benteng Vredeburg menyambut baik aturan itu. "Kalau jalannya bersih, kami betah jalan kaki di sini," ujar mereka.
            """,
            "Kalau jalannya bersih", "Tiga wisatawan asal Semarang", SpeakerSource.Pronoun, "mereka"
        },
        {
            "in Indonesian someone described without a name keeps the words before a clause in 'sambil' set off by commas ('Seorang petani di pinggir sawah, sambil mencabuti rumput, menimpali:')",
            """
            Hama tikus serang sawah

            Kepala Desa Sukamaju, Warsono Adi, mengatakan gropyokan digelar tiap Jumat. "Semua warga kami ajak," kata Warsono.

            Seorang petani di pinggir sawah, sambil mencabuti rumput di pematang, menimpali: "Tikusnya lebih pintar dari kami, Pak."
            """,
            "Tikusnya lebih pintar", "Seorang petani di pinggir sawah", SpeakerSource.SameSentence, "Seorang petani di pinggir sawah"
        },
        {
            "in Indonesian someone described without a name keeps the words before a 'yang' clause set off by commas ('Seorang sopir angkot di Terminal Lebak Bulus, yang sudah 15 tahun …, menjawab singkat:')",
            """
            Angkot sepi penumpang

            Seorang sopir angkot di Terminal Lebak Bulus, yang sudah 15 tahun menarik trayek itu, menjawab singkat: "Setoran saja belum tentu dapat."
            """,
            "Setoran saja belum", "Seorang sopir angkot di Terminal Lebak Bulus", SpeakerSource.SameSentence, "Seorang sopir angkot di Terminal Lebak Bulus"
        },
        {
            "in Indonesian a one-word name with an age in brackets after it is a person's, whom '-nya' goes on with over the last speaker ('Di posko pengungsian, Waginah (52) menjemur pakaian …')",
            """
            Banjir rendam Demak

            Kepala Pelaksana BPBD Demak, Agus Triyono Wibisono, mengatakan air mulai surut. "Kami masih siagakan perahu karet di tiga titik," kata Agus.

            Ia mengaku sudah meminta warga tidak kembali ke rumah sebelum air benar-benar surut. "Arusnya masih deras di beberapa gang," katanya.

            Di posko pengungsian, Waginah (52) menjemur pakaian yang basah di pagar. Rumahnya masih terendam setinggi lutut. "Kasur dan lemari sudah rusak semua. Yang penting anak-anak selamat," katanya.
            """,
            "Kasur dan lemari sudah rusak", "Waginah", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian a one-word name that opens a sentence is a name, not an ordinary capitalised word, when its bearer spoke before: '-nya' goes on with them",
            """
            Lansia kesulitan registrasi kartu

            "Sudah tiga kali difoto di konter, katanya wajahnya tidak cocok," kata Ponirah di rumahnya di Imogiri.

            Direktur Jenderal Layanan Digital, Bramantyo Wicaksono, mengatakan kegagalan verifikasi kebanyakan karena foto lama. "Kami minta warga memperbarui foto di Dukcapil," ujar Bramantyo.

            Ponirah akhirnya berhasil mengaktifkan nomornya setelah diantar cucunya ke gerai di Kota Yogyakarta. "Capek, tapi lega. Yang penting bisa telepon anak saya lagi," katanya.
            """,
            "Capek, tapi lega", "Ponirah", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian capital letters with an age after them are a person's initials ('Salah satu tersangka, RS (25), mengaku …'), whom '-nya' goes on with",
            """
            Polisi tangkap kurir sabu

            Kapolsek Tebet Kompol Budi Santoso mengatakan pelaku ditangkap di rumahnya. "Barang bukti sabu 5 gram," kata Budi.

            Salah satu tersangka, RS (25), mengaku baru dua bulan menjadi kurir. "Saya dibayar Rp 500 ribu sekali antar," ujarnya.
            """,
            "Saya dibayar Rp 500 ribu", "RS", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian capital letters with an age set off by commas are a person's initials ('Tersangka lain, DW, 31 tahun, mengaku …')",
            """
            Polisi tangkap kurir sabu

            Kapolsek Tebet Kompol Budi Santoso mengatakan pelaku ditangkap di rumahnya. "Barang bukti sabu 5 gram," kata Budi.

            Tersangka lain, DW, 31 tahun, mengaku hanya menyewakan rumah. "Saya tidak tahu isinya," katanya.
            """,
            "Saya tidak tahu isinya", "DW", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian a one-word name with an age after a relative's word that opens the sentence is its subject ('Istrinya, Sarinah (48), yang …, kini …')",
            """
            Perajin gula kelapa berhenti

            "Sudah tiga minggu tidak ada yang ambil." Hal itu disampaikan Karsono Wiryadi (56), penderes di Desa Cikidang, Rabu (7/5/2031). "Kalau tidak menderes, ya tidak ada pemasukan."

            Istrinya, Sarinah (48), yang biasa memasak nira menjadi gula, kini membantu tetangga memetik cengkih. "Tungku sudah dingin dua minggu," katanya.
            """,
            "Tungku sudah dingin", "Sarinah", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in English someone described without a name after a one-word opener of place ('Outside, a woman carrying two bags of bagels said she …') is whom 'she' means, over the person named before",
            """
            Bagel shop to close

            Ruth Abernathy, 61, who has run the shop since 1988, said the rent had tripled. "I can't sell enough bagels to pay it," Ms. Abernathy said.

            Outside, a woman carrying two bags of bagels for an office party said she had been coming since she was a child. "There is nowhere else like it on this street," she said.
            """,
            "There is nowhere else like it", "a woman carrying two bags of bagels for an office party", SpeakerSource.Pronoun, "she"
        },
        {
            "in English 'the' and a person's noun are the one described nearby with it ('a girl of about 12 was feeding the ducks … \"…,\" the girl said'), not the person named before",
            """
            Pond to be drained

            Councillor Martin Greaves said the pond had silted up. "It is a health risk as it stands," Mr Greaves said.

            At the park's main gate on Sunday afternoon, a girl of about 12 was feeding the ducks with her grandfather. "They will have nowhere to go," the girl said.
            """,
            "They will have nowhere to go", "a girl of about 12", SpeakerSource.EarlierMention, "girl"
        },
        {
            "in Indonesian 'Kasubdit' with the field's word is the 'Kepala Subdirektorat' the article named ('kata Kasubdit Narkoba' after 'Kepala Subdirektorat Narkoba Ditresnarkoba Polda Riau, AKBP …')",
            """
            Polisi bongkar gudang sabu

            Kepala Subdirektorat Narkoba Ditresnarkoba Polda Riau, AKBP Hendrawan Saputra Lubis, mengatakan gudang itu disewa sejak Januari. "Pelaku menyamar sebagai penjual pupuk," kata Kasubdit Narkoba.
            """,
            "Pelaku menyamar sebagai", "Hendrawan Saputra Lubis", SpeakerSource.EarlierMention, "Kasubdit Narkoba"
        },
        {
            "in Indonesian a title with an organisation's short form is the person whose title's field is that organisation's name ('tutur Dirut TMBA' after 'PT Tambang Mas Andalas Tbk (TMBA)' and 'Direktur Utama Tambang Mas Andalas Yoseph …')",
            """
            Harga emas turun, TMBA tahan produksi

            Emiten tambang PT Tambang Mas Andalas Tbk (TMBA) memangkas target produksi tahun ini. Direktur Utama Tambang Mas Andalas Yoseph Hartanto Wibisono mengatakan perseroan menunda pembukaan tambang baru.

            "Kami jaga arus kas dulu sampai harga pulih," tutur Dirut TMBA.
            """,
            "Kami jaga arus kas", "Yoseph Hartanto Wibisono", SpeakerSource.EarlierMention, "Dirut TMBA"
        },
        {
            "in English someone described without a name keeps where they are from, the state set off by commas ('A retiree from Tulsa, Oklahoma, who …, said she …')",
            """
            Museum lines grow

            Museum director Harold Benning said visitor numbers were up a third. "We have never been busier," Mr. Benning said.

            A retiree from Tulsa, Oklahoma, who had waited an hour in the heat, said she would not come back in August. "Next time we come in the spring," she said.
            """,
            "Next time we come in the spring", "A retiree from Tulsa, Oklahoma", SpeakerSource.Pronoun, "she"
        },
        {
            "in Indonesian someone described without a name keeps where they come from, the country set off by commas ('Seorang wisatawan asal Osaka, Jepang, yang …')",
            """
            Antrean di Borobudur

            Kepala Balai Konservasi Borobudur, Wiwit Kasiyati Rahayu, mengatakan kuota naik pekan depan. "Kami tambah sesi pagi," kata Wiwit.

            Seorang wisatawan asal Osaka, Jepang, yang sudah mengantre dua jam mengaku tetap senang. "Candinya luar biasa, antreannya juga luar biasa," ujarnya.
            """,
            "Candinya luar biasa", "Seorang wisatawan asal Osaka, Jepang", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian an opening phrase of place may go on past commas before place words ('Di Desa Sungai Selan, Kecamatan Pangkalan Baru, Kabupaten Bangka Tengah, Marjuki Effendi (49) memilih …'): the person after it is the subject '-nya' goes on with",
            """
            Harga lada anjlok

            Direktur Utama PT Lada Nusantara Tbk, Bonifasius Gunawan Tjahjadi, mengatakan ekspor turun. "Pembeli menahan pesanan," kata Bonifasius.

            Di Desa Sungai Selan, Kecamatan Pangkalan Baru, Kabupaten Bangka Tengah, Marjuki Effendi (49) memilih menyimpan lada di gudang rumahnya. "Dijual sekarang rugi besar," ujarnya.
            """,
            "Dijual sekarang rugi besar", "Marjuki Effendi", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English a noun of no kind ('the force') is the organisation that is the subject in the quotation's paragraph, not one named since as an object ('Devon and Cornwall Police said officers were studying CCTV …')",
            """
            Lead stolen from church roof

            Devon and Cornwall Police said officers were studying CCTV from the lanes around the village. "We would urge anyone who saw a van near the church to contact us," the force said.
            """,
            "We would urge anyone", "Devon and Cornwall Police", SpeakerSource.EarlierMention, "force"
        },
        {
            "in English an acronym set off before its full name ('EFSR, the European Federation of Seed Retailers, agrees') is that organisation, whom 'the organisation said' means",
            """
            Seed rules worry growers

            EFSR, the European Federation of Seed Retailers, agrees. "A rush to new labels will harm small growers," the organisation said in a statement.
            """,
            "A rush to new labels", "European Federation of Seed Retailers", SpeakerSource.EarlierMention, "organisation"
        },
        {
            "in Indonesian a name set off by commas after a description keeps its first word, an ordinary word too, past a nickname in brackets ('…, Bijaksana Hartawan (Jaka), menilai …')",
            """
            Sampah plastik di pesisir

            Sementara itu, pendiri komunitas Pantai Bersih dan Laut Lestari, Bijaksana Hartawan (Jaka), menilai penegakan aturan masih lemah. "Pemda harus berani menindak," ujarnya.
            """,
            "Pemda harus berani menindak", "Bijaksana Hartawan", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English 'the councilor said' after 'Marta Bellini, a city councilor who …' is that person, not the description set off after her name",
            """
            Gondola makers fear for trade

            Marta Bellini, a city councilor who has pushed for a crafts school, called the workshops "the memory of the city." "If we lose them, the city becomes a museum," the councilor said.
            """,
            "If we lose them", "Marta Bellini", SpeakerSource.EarlierMention, "councilor"
        },
        {
            "in Indonesian 'Kapolres' is the person the article named 'Kepala Polres …' ('Kepala Polres Cirebon Kota AKBP Sumarno Hadi …', then 'kata Kapolres')",
            """
            Gudang oplosan gas digerebek

            Kepala Polres Cirebon Kota AKBP Sumarno Hadi Wibowo mengatakan gudang itu beroperasi sejak Maret. "Ada delapan orang yang kami amankan," kata Sumarno.

            Warga mengaku sering mencium bau gas. "Para tersangka kami jerat dengan undang-undang migas," kata Kapolres.
            """,
            "Para tersangka kami jerat", "Sumarno Hadi Wibowo", SpeakerSource.EarlierMention, "Kapolres"
        },
        {
            "in Indonesian 'Kasat Reskrim' is the 'Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres …' the article named before a rank and a name, and a title written short with the name matches it too",
            """
            Gudang oplosan gas digerebek

            Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Cirebon Kota, AKP Dedi Rusmana Putra, mengungkapkan gudang itu berada di tengah permukiman. "Mereka yang memasok tabung kosong masih kami buru," kata Kasat Reskrim.

            Kasat Lantas Polres Cirebon Kota, AKP Yuliani Sekarsari, mengatakan jalan menuju gudang ditutup. "Arus kami alihkan lewat jalur utara," kata Kasat Lantas.
            """,
            "Mereka yang memasok tabung kosong", "Dedi Rusmana Putra", SpeakerSource.EarlierMention, "Kasat Reskrim"
        },
        {
            "in Indonesian 'Kasat Lantas' is the person the article named with the title written short ('Kasat Lantas Polres Cirebon Kota, AKP Yuliani Sekarsari,')",
            """
            Gudang oplosan gas digerebek

            Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Cirebon Kota, AKP Dedi Rusmana Putra, mengungkapkan gudang itu berada di tengah permukiman. "Mereka yang memasok tabung kosong masih kami buru," kata Kasat Reskrim.

            Kasat Lantas Polres Cirebon Kota, AKP Yuliani Sekarsari, mengatakan jalan menuju gudang ditutup. "Arus kami alihkan lewat jalur utara," kata Kasat Lantas.
            """,
            "Arus kami alihkan", "Yuliani Sekarsari", SpeakerSource.EarlierMention, "Kasat Lantas"
        },
        {
            "in Indonesian a short title and field written as one word, then a place ('kata Kadisbun Jambi'), is the person whose title names the place ('Kepala Dinas Perkebunan (Disbun) Provinsi Jambi, Amrizal Tanzil,')",
            """
            Pinang Jambi ditolak

            Kepala Dinas Perkebunan (Disbun) Provinsi Jambi, Amrizal Tanzil, menjelaskan aflatoksin muncul karena pinang dijemur di atas tanah. "Tahun ini kami bagikan 20 unit pengering," kata Kadisbun Jambi.
            """,
            "Tahun ini kami bagikan", "Amrizal Tanzil", SpeakerSource.EarlierMention, "Kadisbun Jambi"
        },
        {
            "in Indonesian a title's short form in brackets, then a ministry's name of six words with 'dan', before the comma and the name ('Direktur Jenderal Ketenagalistrikan (Gatrik) Kementerian Energi dan Sumber Daya Mineral, Bambang …'), gives the person the title",
            """
            Ekspor nikel dibatasi

            Direktur Jenderal Ketenagalistrikan (Gatrik) Kementerian Energi dan Sumber Daya Mineral, Bambang Setiaji Hadinoto, mengatakan tarif ditahan. "Keputusannya paling lambat akhir bulan ini," kata Dirjen Gatrik.
            """,
            "Keputusannya paling lambat", "Bambang Setiaji Hadinoto", SpeakerSource.EarlierMention, "Dirjen Gatrik"
        },
        {
            "in Indonesian a title whose field is a list set off by commas ('Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun (PPDP) OJK, Rukmana …') is the person's, whom 'Kepala Eksekutif PPDP OJK' means",
            """
            Asuransi wajib kendaraan

            Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun (PPDP) OJK, Rukmana Adiwijaya Sastro, mengatakan aturan berlaku 2031. "Klaim wajib dibayar paling lambat 14 hari," tegas Kepala Eksekutif PPDP OJK.
            """,
            "Klaim wajib dibayar", "Rukmana Adiwijaya Sastro", SpeakerSource.EarlierMention, "Kepala Eksekutif PPDP OJK"
        },
        {
            "in Indonesian a relative's word and the name of whose relative opening the sentence ('Istri Sukardi, Dewi Lestariningsih (44), setiap pagi …') make the person named after the comma its subject, whom '-nya' goes on with",
            """
            Cupang gagal ekspor

            Sukardi Wiryoatmojo (47), pembudidaya cupang di Desa Gedangan, terpaksa menjual ikannya ke pasar lokal. "Daripada mati di botol," ucap Sukardi.

            Istri Sukardi, Dewi Lestariningsih (44), setiap pagi mengganti air ratusan botol. "Capeknya tidak terbayar kalau dijual murah," katanya.
            """,
            "Capeknya tidak terbayar", "Dewi Lestariningsih", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian a name after an opening phrase and its comma keeps its first word, an ordinary word too, when an age follows it ('…, Bunga Kartini Lapasere (67) masih memelihara …')",
            """
            Petani ulat sutra menyusut

            Di kolong rumah panggungnya di Desa Pesse, Bunga Kartini Lapasere (67) masih memelihara ulat sutra. "Sekarang tinggal tiga rumah yang pelihara ulat," ujarnya.
            """,
            "Sekarang tinggal tiga rumah", "Bunga Kartini Lapasere", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English a paragraph that opens with 'A' and a thing ('A former coal mine near the town will be …') describes no one: 'she' is the person named before",
            """
            Museum plan for old pit

            Councillor Mary Jones said the scheme would bring visitors to the town.

            A former coal mine near the town will be the centre of the project. "It is a wonderful chance for us," she said.
            """,
            "It is a wonderful chance", "Mary Jones", SpeakerSource.Pronoun, "she"
        },
        {
            "in English a head shaped like a person's only counts as the head: 'A winter storm last year flooded …' describes no one",
            """
            Sea wall repairs

            Councillor Sarah Brown said the repairs would start in May.

            A winter storm last year flooded forty homes on the front. "People here have waited a long time," she said.
            """,
            "People here have waited", "Sarah Brown", SpeakerSource.Pronoun, "she"
        },
        {
            "in Indonesian a count of days ('Dua hari kemudian polisi menangkap …') is no people counted whom 'mereka' means",
            """
            Polisi tangkap dua pelaku pencurian

            Kapolsek Bekasi Kota Kompol Budi Santoso mengatakan kedua pelaku ditangkap di rumah masing-masing.

            Dua hari kemudian polisi menangkap pelaku lain di Karawang. "Mereka sudah kami periksa," kata mereka.
            """,
            "Mereka sudah kami periksa", null, SpeakerSource.None, null
        },
        {
            "in Indonesian a body's short form and its region ('tulis Dinkes Jambi') is the body the article named with the region's word ('Dinas Kesehatan Provinsi Jambi')",
            """
            Kasus DBD naik

            Dinas Kesehatan Provinsi Jambi menyatakan sudah mengirim tambahan larvasida. "Kami juga menyiagakan tim di rumah sakit rujukan," tulis Dinkes Jambi dalam keterangan tertulis.
            """,
            "Kami juga menyiagakan tim", "Dinas Kesehatan Provinsi Jambi", SpeakerSource.EarlierMention, "Dinkes Jambi"
        },
        {
            "in Indonesian 'tulis perseroan melalui akun media sosialnya' is the listed firm, the words after 'melalui' only how it wrote",
            """
            Antrean tol mengular

            PT Tol Nusantara Raya Tbk mencatat antrean kendaraan sempat mencapai 4 kilometer. "Kami mengimbau pengguna jalan memakai jalur arteri," tulis perseroan melalui akun media sosialnya.
            """,
            "Kami mengimbau pengguna jalan", "PT Tol Nusantara Raya Tbk", SpeakerSource.EarlierMention, "perseroan"
        },
        {
            "in Indonesian a capitalised word that is a title's field ('Direktur Pasar') is no place: the name after it keeps its first word ('kata Direktur Pasar Budi Santoso Hadi')",
            """
            Harga beras naik

            "Kami terus memantau harga di pasar tradisional," kata Direktur Pasar Budi Santoso Hadi di tempat terpisah.
            """,
            "Kami terus memantau harga", "Budi Santoso Hadi", SpeakerSource.SameSentence, "Direktur Pasar Budi Santoso Hadi"
        },
        {
            "in Indonesian 'Wa' opens a Muna or Buton noblewoman's name ('Wa Ode Harniati, ketua kelompok tani …'), kept as part of it",
            """
            Harga mete jatuh

            Wa Ode Harniati, ketua kelompok tani perempuan di desa itu, menyebut tidak semua petani bisa menunggu. "Yang punya utang terpaksa jual sekarang," katanya.
            """,
            "Yang punya utang terpaksa", "Wa Ode Harniati", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian a description closed by a demonstrative ('tutur nenek tujuh cucu itu') is the person it was set off after by a comma ('Painem (79), nenek tujuh cucu yang …'), not the organisation named since",
            """
            Rumah joglo dibongkar

            Forum Pelestari Kotagede mencatat pembongkaran serupa bukan yang pertama. "Sedikitnya 30 rumah tradisional dibongkar," tulis forum tersebut.

            Painem (79), nenek tujuh cucu yang tinggal di belakang joglo itu, menyaksikan pekerja menurunkan genteng. "Saya menikah di pendapanya," tutur nenek tujuh cucu itu.
            """,
            "Saya menikah di pendapanya", "Painem", SpeakerSource.EarlierMention, "nenek tujuh cucu"
        },
        {
            "in Indonesian a description that is itself the subject after a name set off by commas ('…, Ranil Perera, presiden yang terkepung itu mengatakan') is no apposition of that name",
            """
            Krisis politik

            Dalam pengumuman yang disampaikan melalui juru bicara parlemen, Ranil Perera, presiden yang terkepung itu mengatakan dia akan mundur untuk "memastikan transisi yang damai".

            Presiden Gotabaya Wickrama sebelumnya menolak mundur.
            """,
            "memastikan transisi yang damai", "Gotabaya Wickrama", SpeakerSource.EarlierMention, "presiden"
        },
        {
            "an organisation's name closed by its closing word ('Fitch Ratings') ends before 'dan' and a second such name ('Moody's Investors Service'), so 'kata Fitch' is the first",
            """
            Peringkat utang dipangkas

            Dua lembaga pemeringkat internasional, yakni Fitch Ratings dan Moody's Investors Service, memangkas peringkat obligasi pemerintah Rusia pada Kamis.

            "Sanksi dapat membebani kemampuan pemerintah untuk membayar utang," kata Fitch dalam keterangannya.
            """,
            "Sanksi dapat membebani kemampuan", "Fitch Ratings", SpeakerSource.EarlierMention, "Fitch"
        },
        {
            "a straight closing mark after a comma glued to a one-word verb of speech ('mengatakannya,\"kata dia') closes the quote, and the cue is read",
            """
            Suku bunga ditahan

            Ketua The Fed Jerome Powell belum memberi sinyal apakah suku bunga akan turun.

            "Kita harus menganggap ini masih terlalu dini. Sangat sulit untuk mengatakannya,"kata dia dikutip dari Reuters, Kamis (31/7/2025).
            """,
            "Kita harus menganggap ini masih", "Jerome Powell", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "in Indonesian a noun for the firm at the cue before where its words were read ('jelas perseroan dikutip dari keterbukaan informasi') is the company named before",
            """
            Dana obligasi habis terpakai

            Jakarta, CNBC Indonesia - BUMN gadai emas, PT Pegadaian (Persero) telah merealisasikan penggunaan dana bersih obligasi sebesar Rp 2,99 triliun. "Sesuai isi prospektus, dana dipakai untuk modal kerja," jelas perseroan dikutip dari keterbukaan informasi, Selasa (18/10/2022).
            """,
            "Sesuai isi prospektus, dana dipakai", "PT Pegadaian (Persero)", SpeakerSource.EarlierMention, "perseroan"
        },
        {
            "in Indonesian a body's short name with a province's short form ('Dinkes Jateng') is the body the article named in full ('Dinas Kesehatan Provinsi Jawa Tengah')",
            """
            Kasus leptospirosis bertambah

            Dinas Kesehatan Provinsi Jawa Tengah menyatakan ikut memantau perkembangan kasus di Klaten. "Kami mengirim tim surveilans ke Klaten," tulis Dinkes Jateng dalam keterangan tertulis.
            """,
            "Kami mengirim tim surveilans", "Dinas Kesehatan Provinsi Jawa Tengah", SpeakerSource.EarlierMention, "Dinkes Jateng"
        },
        {
            "in Indonesian 'Balai' opens a body's name, so 'Balai Besar Pengawas Obat dan Makanan (BBPOM) Bandung' is one organisation and 'tulis BBPOM Bandung' names it",
            """
            Kerupuk berboraks beredar

            Balai Besar Pengawas Obat dan Makanan (BBPOM) Bandung menyatakan akan menelusuri peredaran kerupuk itu. "Kami mengimbau masyarakat membeli kerupuk berizin edar," tulis BBPOM Bandung dalam keterangan resminya.
            """,
            "Kami mengimbau masyarakat membeli", "Balai Besar Pengawas Obat dan Makanan Bandung", SpeakerSource.EarlierMention, "BBPOM Bandung"
        },
        {
            "in Indonesian a title at the cue with no name ('tegas Direktur Penilaian Perusahaan BEI') is the person the article set off with that title beside the name",
            """
            Saham dipindah ke papan pemantauan

            Direktur Penilaian Perusahaan BEI, Sebastian Suryadjaja, mengatakan langkah itu diambil untuk melindungi investor.

            Sebastian memastikan BEI terus memantau transaksi saham itu. "Kalau ditemukan indikasi transaksi tidak wajar, kami serahkan ke OJK," tegas Direktur Penilaian Perusahaan BEI.
            """,
            "Kalau ditemukan indikasi transaksi", "Sebastian Suryadjaja", SpeakerSource.EarlierMention, "Direktur Penilaian Perusahaan BEI"
        },
        {
            "in Indonesian a title at the cue that leaves out the words its body's acronym stands for ('ujar Kepala BPK Wilayah XXI') is the person given the title in full",
            """
            Meriam kuno ditemukan nelayan

            Kepala Balai Pelestarian Kebudayaan (BPK) Wilayah XXI, Hendrik Taliwuna, mengatakan timnya akan datang ke Tidore pekan ini.

            "Karang di permukaannya jangan dikerok sembarangan," ujar Kepala BPK Wilayah XXI.
            """,
            "Karang di permukaannya jangan", "Hendrik Taliwuna", SpeakerSource.EarlierMention, "Kepala BPK Wilayah XXI"
        },
        {
            "in Indonesian a head written short as 'Ka' with its body in one word ('ucap Kapolres Cimahi') is the person given the title in full ('Kepala Polres Cimahi, AKBP …,')",
            """
            Tambang pasir longsor

            Kepala Polres Cimahi, AKBP Surya Mahendratama, menyebut tambang itu tidak mengantongi izin.

            "Kalau terbukti lalai, pemilik tambang akan kami proses pidana," ucap Kapolres Cimahi.
            """,
            "Kalau terbukti lalai, pemilik", "Surya Mahendratama", SpeakerSource.EarlierMention, "Kapolres Cimahi"
        },
        {
            "in English 'A' and a word for a people that is also a surname ('A German tourist') open a description, a name after 'the village of' is a place, and a 'who' clause of up to fourteen words comes before the verb of speech",
            """
            Truffle hunters

            A German tourist who had paid to join a truffle hunt near the village of Roddi said she did not mind coming home empty-handed. "It was four in the morning, it was cold, and it was wonderful," she said.
            """,
            "It was four in the morning", "A German tourist", SpeakerSource.Pronoun, "she"
        },
        {
            "in English a region's name before the level of its government and a state's body in lower case ('The Michoacan state agriculture ministry') is one organisation, which 'the ministry said' means",
            """
            Lime prices double

            APATZINGAN, Mexico, June 7 (Reuters) - Wholesale prices for limes have more than doubled since April.

            The Michoacan state agriculture ministry said in a statement that rainfall was 60% below normal. "We are working with growers' associations to bring water to the orchards," the ministry said.
            """,
            "We are working with growers", "Michoacan state agriculture ministry", SpeakerSource.EarlierMention, "ministry"
        },
        {
            "in English a country's possessive before a body's capitalised name ('Pakistan's Department of Plant Protection') says whose it is; the organisation is the body's own name",
            """
            Mango exports held up

            KARACHI, June 11 (Reuters) - Mango exports fell sharply this month.

            Pakistan's Department of Plant Protection said it would tighten checks at the port. "Consignments will only be certified after inspection," the department said.
            """,
            "Consignments will only be certified", "Department of Plant Protection", SpeakerSource.EarlierMention, "department"
        },
        {
            "in Indonesian a short title with the initials of its field and a province's short form ('ujar Kadis KP Sumut') is the person given the title in full ('Kepala Dinas Kelautan dan Perikanan (DKP) Sumatera Utara, …,')",
            """
            Ekspor ubur-ubur tertahan

            Kepala Dinas Kelautan dan Perikanan (DKP) Sumatera Utara, Yuliarman Idris, mengatakan pihaknya akan meminta bantuan laboratorium pusat.

            "Pengolah juga kami latih mengurangi tawas," ujar Kadis KP Sumut.
            """,
            "Pengolah juga kami latih", "Yuliarman Idris", SpeakerSource.EarlierMention, "Kadis KP Sumut"
        },
        {
            "in Indonesian a title read whole as an organisation's name at the cue ('ujar Kepala Kantor SAR Banjarmasin') is the person set off with that title",
            """
            Pencarian korban tongkang

            Kepala Kantor SAR Banjarmasin, Jasril Sutan Mudo, mengatakan pencarian hari kedua melibatkan tim gabungan.

            "Kami minta kapal tongkang mengurangi kecepatan di sekitar lokasi pencarian," ujar Kepala Kantor SAR Banjarmasin.
            """,
            "Kami minta kapal tongkang", "Jasril Sutan Mudo", SpeakerSource.EarlierMention, "Kepala Kantor SAR Banjarmasin"
        },
        {
            "in Indonesian a region's word and its name after a body's short form in brackets close the body's name ('Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Grobogan'), which 'tulis BPBD Grobogan' names",
            """
            Semburan lumpur di sawah

            Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Grobogan meminta warga tidak mendekati lokasi. "Kami mengimbau masyarakat tidak berkerumun di sekitar garis pengaman," tulis BPBD Grobogan dalam pengumumannya.
            """,
            "Kami mengimbau masyarakat tidak", "Badan Penanggulangan Bencana Daerah Kabupaten Grobogan", SpeakerSource.EarlierMention, "BPBD Grobogan"
        },
        {
            "in Indonesian a body's short form in brackets with a province's short form after it ('tulis BKHIT Sumut') is the body named in full with the province ('… (BKHIT) Sumatera Utara')",
            """
            Ekspor ubur-ubur tertahan

            Balai Karantina Hewan, Ikan, dan Tumbuhan (BKHIT) Sumatera Utara menyatakan sudah menerima permintaan pendampingan. "Kami siapkan pendampingan agar dokumen kesehatan ikan sesuai persyaratan," tulis BKHIT Sumut.
            """,
            "Kami siapkan pendampingan agar", "Balai Karantina Hewan, Ikan, dan Tumbuhan Sumatera Utara", SpeakerSource.EarlierMention, "BKHIT Sumut"
        },
        {
            "in Indonesian a regional government's short head and the initials of its region ('tulis Pemkab HSU') is the government named in full ('Pemerintah Kabupaten Hulu Sungai Utara')",
            """
            Kerbau rawa mati mendadak

            Pemerintah Kabupaten Hulu Sungai Utara menyatakan akan membantu peternak yang kehilangan kerbau. "Pendataan kerugian sedang dilakukan untuk setiap kelompok ternak," tulis Pemkab HSU dalam keterangan resminya.
            """,
            "Pendataan kerugian sedang dilakukan", "Pemerintah Kabupaten Hulu Sungai Utara", SpeakerSource.EarlierMention, "Pemkab HSU"
        },
        {
            "in Indonesian 'yang oleh warga … dipanggil' gives the name before it another name ('Tumijo, yang oleh warga Legoksari dipanggil Mbah Jo,'), so 'kata Mbah Jo' is the person named in full",
            """
            Tembakau basah

            Tumijo Wongsoredjo (71) sudah empat puluh tahun menanam tembakau di lereng Sumbing.

            Tumijo, yang oleh warga Legoksari dipanggil Mbah Jo, tetap menjemur tembakaunya setiap kali matahari muncul. "Tembakau ini sudah seperti anak," kata Mbah Jo.
            """,
            "Tembakau ini sudah seperti anak", "Tumijo Wongsoredjo", SpeakerSource.EarlierMention, "Mbah Jo"
        },
        {
            "in Indonesian a name right before 'dipanggil' with who calls them so after the other name ('Mardiana dipanggil Nyai Mar oleh anak-anak') is the one the other name stands for",
            """
            Sulam tapis

            Mardiana Saibatin (68) menyulam tapis sejak usia belasan tahun.

            Di kampungnya, Mardiana dipanggil Nyai Mar oleh anak-anak yang sering menonton ia menyulam. "Mereka suka lihat benang emasnya," kata Nyai Mar sambil tertawa.
            """,
            "Mereka suka lihat benang", "Mardiana Saibatin", SpeakerSource.EarlierMention, "Nyai Mar"
        },
        {
            "in Indonesian 'NAME lebih dikenal dengan sapaan …' gives that person another name ('Mahrup lebih dikenal dengan sapaan Amaq Riski')",
            """
            Sengketa lahan sekolah

            Mahrup Sahlan (63) mengaku sebagai ahli waris tanah sekolah itu.

            Di kampung, Mahrup lebih dikenal dengan sapaan Amaq Riski, mengikuti nama anak sulungnya. "Dulu saya juga sekolah di sini," kata Amaq Riski.
            """,
            "Dulu saya juga sekolah di sini", "Mahrup Sahlan", SpeakerSource.EarlierMention, "Amaq Riski"
        },
        {
            "in English a full name whose gender shows nowhere, the subject of reported speech right before 'he said' ('Hernán Villca Copa, who heads …, said members had …'), is whom the pronoun means, over an earlier speaker the article later shows is a man",
            """
            Quinoa prices fall

            "At this price it does not pay to harvest," said Evaristo Layme Choque, 58, who farms 12 hectares near the salt flat.

            Hernán Villca Copa, who heads a growers' cooperative in the province of Avaroa, said members had stored about 1,800 tonnes. "Our quinoa is grown without irrigation, at 3,700 metres," he said.

            Layme said he would keep enough quinoa for his family.
            """,
            "Our quinoa is grown without irrigation", "Hernán Villca Copa", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian the one person a quotation's paragraph introduces with an age in brackets, in a sentence closed before it ('Di tempat pengolahan milik Rohmatul Ummah (45), …'), is whom 'katanya' means, not the last speaker of a paragraph before",
            """
            Ekspor ubur-ubur tertahan

            Direktur PT Bahari Medusa Sumatra, Zainal Abidin Umri, mengatakan pembeli kini meminta hasil uji laboratorium. "Sekarang mereka minta angka," ujar Zainal.

            Di tempat pengolahan milik Rohmatul Ummah (45), ratusan ubur-ubur masih terendam di bak garam. "Ubur-ubur ini tidak bisa menunggu lama," katanya.
            """,
            "Ubur-ubur ini tidak bisa menunggu", "Rohmatul Ummah", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in English a description keeps a US state written short after its town ('A father from Harrisburg, Pa., holding two beach chairs, said')",
            """
            Boardwalk trams retire

            A father from Harrisburg, Pa., holding two sandy beach chairs, said the tram was the only way his family could manage the boardwalk. "With a stroller and a 5-year-old, we don't walk three miles," he said.
            """,
            "With a stroller and a 5-year-old", "A father from Harrisburg, Pa.", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian other ways of giving a nickname ('yang oleh warga dijuluki Jan Sumur', 'yang di kampungnya lebih dikenal sebagai Om Nol', 'dikenal dengan julukan', 'dengan sebutan') make it the person's other name",
            """
            Sumur tua berisi bata candi

            Ponijan (61), penggali sumur di Dusun Ngawen, menemukan tumpukan bata kuno di kedalaman enam meter.

            Ponijan, yang oleh warga dijuluki Jan Sumur karena sudah menggali ratusan sumur, mengaku baru kali ini menemukan benda seperti itu. "Baru sekali ini ketemu bata candi," ujar Jan Sumur.
            """,
            "Baru sekali ini ketemu bata candi", "Ponijan", SpeakerSource.EarlierMention, "Jan Sumur"
        },
        {
            "in Indonesian 'yang di kampungnya lebih dikenal sebagai Om Nol' makes 'Om Nol' the other name of the person before it",
            """
            Petani pala belajar menyuling

            Noldy Wowiling (58) sudah tiga puluh tahun menanam pala di Sangihe.

            Noldy, yang di kampungnya lebih dikenal sebagai Om Nol, mengaku belum pernah ikut pelatihan semacam itu. "Kalau ada yang mengajar, saya mau," kata Om Nol.
            """,
            "Kalau ada yang mengajar, saya mau", "Noldy Wowiling", SpeakerSource.EarlierMention, "Om Nol"
        },
        {
            "in Indonesian a short title written as one word with a province's short form ('kata Kadisbun Sulut') is the person given the title with the province in full",
            """
            Harga kopra anjlok

            Kepala Dinas Perkebunan Sulawesi Utara, Joutje Supit, mengatakan pemerintah provinsi mendorong petani mengolah kelapa.

            "Tahun ini kami siapkan pelatihan pembuatan minyak kelapa murni di 20 desa," kata Kadisbun Sulut.
            """,
            "Tahun ini kami siapkan pelatihan", "Joutje Supit", SpeakerSource.EarlierMention, "Kadisbun Sulut"
        },
        {
            "in Indonesian 'Kalaksa' is 'Kepala Pelaksana' ('ujar Kalaksa BPBD Lumajang' after 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Lumajang, …,')",
            """
            Lahar dingin Semeru

            Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Lumajang, Triyanto Sumardiyono, mengatakan petugas mulai membersihkan material lahar.

            "Warga yang rumahnya rusak berat kami minta bertahan di pengungsian," ujar Kalaksa BPBD Lumajang.
            """,
            "Warga yang rumahnya rusak berat", "Triyanto Sumardiyono", SpeakerSource.EarlierMention, "Kalaksa BPBD Lumajang"
        },
        {
            "in English 'and' after a body's word goes on inside the name ('said the Bristol Museum and Art Gallery'); only a firm's closing word ends a name before 'and'",
            """
            Museum reopens after repairs

            The museum will reopen on Saturday after a two-year restoration.

            "We are delighted to welcome visitors back," a spokesman for Birmingham Museum and Art Gallery said.

            "The work took longer than expected," said the Bristol Museum and Art Gallery.
            """,
            "The work took longer than expected", "Bristol Museum and Art Gallery", SpeakerSource.SameSentence, "Bristol Museum and Art Gallery"
        },
        {
            "in Indonesian a title at the cue with no name is not someone whose title holds a lower unit's word in between ('Kepala Satuan Reserse Narkoba Polres Cimahi' is no 'Kepala Polres Cimahi')",
            """
            Polisi Tangkap Pengedar Narkoba

            Cimahi - Polres Cimahi menangkap tiga pengedar sabu di Kecamatan Cimahi Utara.

            Kepala Satuan Reserse Narkoba Polres Cimahi, AKP Ahmad Zaenal, mengatakan para tersangka sudah lama diintai. "Kami amankan barang bukti 200 gram sabu," kata Ahmad.

            Penangkapan ini merupakan bagian dari operasi yang digelar serentak. "Operasi ini akan terus kami lanjutkan sampai akhir bulan," ucap Kepala Polres Cimahi.
            """,
            "Operasi ini akan terus kami", "Kepala Polres Cimahi", SpeakerSource.SameSentence, "Kepala Polres Cimahi"
        },
        {
            "in Indonesian a name after a kin word ('Istri Mahrup lebih dikenal dengan sapaan Inaq Riski') is the owner, not the one the nickname is for",
            """
            Nelayan Lombok Keluhkan Cuaca

            Lombok Timur - Cuaca buruk membuat nelayan di Lombok Timur tidak bisa melaut selama sepekan. Salah satunya Mahrup (52), nelayan Desa Tanjung Luar.

            "Sudah seminggu kami tidak melaut," kata Mahrup.

            Istri Mahrup lebih dikenal dengan sapaan Inaq Riski. Ia berjualan ikan asin di pasar. "Beras sudah habis sejak kemarin," kata Inaq Riski.
            """,
            "Beras sudah habis sejak kemarin", "Inaq Riski", SpeakerSource.SameSentence, "Inaq Riski"
        },
        {
            "in Indonesian 'Jaringan' before a firm's name ('Jaringan PNM luas …') is the firm's network, so 'tulis perusahaan' is the firm",
            """
            BRI Kuasai Pasar Ultra Mikro

            Jakarta, CNBC Indonesia - PNM menjadi penyedia pinjaman kelompok terbesar di Indonesia dengan melayani lebih dari 14,8 juta peminjam.

            Jaringan PNM luas dengan +4.500 outlet di seluruh Indonesia. Tenaga penjualan PNM tergolong kuat dengan jumlah lebih dari 47.000 petugas akun.

            "Kami akan terus memperluas jangkauan ke pelosok desa," tulis perusahaan dalam keterangan resmi, Senin (7/8/2023).
            """,
            "Kami akan terus memperluas", "PNM", SpeakerSource.EarlierMention, "perusahaan"
        },
        {
            "in Indonesian a person introduced with an age as a passive verb's subject ('Pelaku bernama Joko Susilo (45) ditangkap …') is not whom 'ujarnya' means; the officer who spoke before is",
            """
            Polisi Tangkap Pelaku Pembunuhan di Bekasi

            Bekasi - Polisi menangkap pelaku pembunuhan seorang pedagang di Bekasi Timur.

            Kapolres Metro Bekasi Kota Kombes Hengki mengatakan pelaku ditangkap kurang dari 24 jam setelah kejadian. "Kami bergerak cepat setelah menerima laporan warga," kata Hengki.

            Pelaku bernama Joko Susilo (45) ditangkap di rumah kerabatnya di Cikarang. "Pelaku kami jerat dengan Pasal 338 KUHP dengan ancaman 15 tahun penjara," ujarnya.
            """,
            "Pelaku kami jerat dengan Pasal", "Hengki", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian a person introduced with an age, then a sentence about someone else ('… milik Sutarmi (60). Warga sudah mengevakuasinya …'), is not whom 'ujarnya' means",
            """
            Banjir Rendam Ratusan Rumah

            Demak - Banjir merendam ratusan rumah di Kecamatan Karanganyar, Demak.

            Kepala Pelaksana BPBD Demak, Agus Nugroho, mengatakan air mulai naik sejak Minggu malam. "Ketinggian air mencapai satu meter," kata Agus.

            Salah satu rumah yang terendam milik Sutarmi (60). Warga sudah mengevakuasinya ke posko pengungsian. "Kami sudah menyiapkan dapur umum untuk para pengungsi," ujarnya.
            """,
            "Kami sudah menyiapkan dapur umum", "Agus Nugroho", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English a person named in full after 'is' with an age ('One of those trainees is Léonie Quéméner, 23, who …') is introduced, so 'she said' after it is her, not the company named before",
            """
            Seaweed harvesters grow old

            Gwenaëlle Tanguy runs Algues du Léon, a company that buys and dries seaweed in a warehouse by the harbor. "I could sell twice what I buy," Ms. Tanguy said.

            Algues du Léon said it had begun paying for young harvesters to train on its partners' boats. "We cannot wait for the profession to renew itself," the company said.

            One of those trainees is Léonie Quéméner, 23, who left a job at a bakery in Brest last year. "My grandmother gathered seaweed on the beach with a horse and cart," she said.
            """,
            "My grandmother gathered seaweed", "Léonie Quéméner", SpeakerSource.Pronoun, "she"
        },
        {
            "in English a person named in full between commas after a title in lower case that opens the sentence ('The minister, the Rev Emyr Penri, looks after …') is its subject, whom 'He said' goes on with",
            """
            Chapel to close after 174 years

            Capel Bethesda in Cwmderwen now has 11 regular members, most of them over 80. Those who run it said they could no longer afford to heat the building.

            The minister, the Rev Emyr Penri, looks after five chapels across the valley. He said the decision had been made "with a very heavy heart".
            """,
            "with a very heavy heart", "Emyr Penri", SpeakerSource.Pronoun, "He"
        },
        {
            "in English a name the article says a person is known by ('Iain MacRae, 88, who is known to everyone in the glen as Iain Dubh') is that person's other name",
            """
            Shinty club told to leave its pitch

            Iain MacRae, 88, who is known to everyone in the glen as Iain Dubh, played for the club in the 1950s and still watches every home match. "I've seen floods, I've seen snow, but I never thought I'd see the club put off its pitch," said Iain Dubh.
            """,
            "I've seen floods, I've seen snow", "Iain MacRae", SpeakerSource.EarlierMention, "Iain Dubh"
        },
        {
            "in English 'whom everyone … calls' gives a person another name ('Vincent Tumminello, 74, whom everyone at the court calls Vinnie Inches')",
            """
            Bocce court to become a garage

            Vincent Tumminello, 74, whom everyone at the court calls Vinnie Inches for the tape measure he keeps in his pocket, has played here since he was 15. "Somebody has to keep these guys honest," Vinnie Inches said.
            """,
            "Somebody has to keep these guys honest", "Vincent Tumminello", SpeakerSource.EarlierMention, "Vinnie Inches"
        },
        {
            "in English an organisation named right after the quotation, past a description in apposition set off by commas ('the Blue Ridge Christmas Tree Growers, a group of about 40 farms, said'), is the speaker",
            """
            Drought browns Christmas trees

            Prices at wholesale lots will probably rise slightly this year. "Supply is tighter, and growers have had to cull more trees than usual," the Blue Ridge Christmas Tree Growers, a group of about 40 farms, said in a newsletter to members.
            """,
            "Supply is tighter, and growers", "Blue Ridge Christmas Tree Growers", SpeakerSource.SameSentence, "Blue Ridge Christmas Tree Growers"
        },
        {
            "in English a Spanish, French or Italian body's head the tables know ('Banco', 'Caisse', 'Grupo') makes the name an organisation's, untranslated",
            """
            Spanish banks raise rates

            "Growth will slow in the second half of the year," the Banco de Espana said in its quarterly report.
            """,
            "Growth will slow in the second half", "Banco de Espana", SpeakerSource.SameSentence, "Banco de Espana"
        },
        {
            "in English a Vietnamese name whose last word is also an ordinary word ('Nguyen Van Long') is whole, and that word alone with an age later ('Long, 61, said') is the person",
            """
            Rice farmers switch to shrimp

            CAN THO, Vietnam, May 3 (Reuters) - Nguyen Van Long has farmed rice in the Mekong Delta for forty years.

            "The salt water comes further every dry season," Long, 61, said as he walked along a dyke.
            """,
            "The salt water comes further", "Nguyen Van Long", SpeakerSource.EarlierMention, "Long"
        },
        {
            "in English a run of a place's words ending in '-based' ('A Ho Chi Minh City-based trader') names no one, so a later 'he' is not it",
            """
            Coffee prices climb

            Tran Van Minh has grown coffee near Pleiku for twenty years. A Ho Chi Minh City-based trader said exporters were short of beans.

            Minh said he would not sell yet. "Prices will go higher," he said.
            """,
            "Prices will go higher", "Tran Van Minh", SpeakerSource.Pronoun, "he"
        },
        {
            "in English 'Haji', an Indonesian or Malay pilgrim's title, is no part of the name ('The village head, Haji Zainul Arifin, says')",
            """
            Reef restored by former bomb fishers

            The village head, Haji Zainul Arifin, says the project has changed how people see the sea.

            "The young people used to want to leave and work in Malaysia," Mr Zainul says.
            """,
            "The young people used to want to leave", "Zainul Arifin", SpeakerSource.EarlierMention, "Mr Zainul"
        },
        {
            "in Indonesian a title of the tables and the person it is held for, opening the sentence, make the name set off by commas after them its subject ('Kuasa hukum Hariyanto, Samsul Arifin Bachtiar, menyambut putusan tersebut. Ia …')",
            """
            Pemilik Tambang Pasir Divonis Bebas

            Ketua majelis hakim Ni Luh Sukerti membacakan putusan itu pada Kamis. "Dakwaan jaksa tidak terbukti," ujar Ni Luh.

            Kuasa hukum Hariyanto, Samsul Arifin Bachtiar, menyambut putusan tersebut. Ia menyebut kliennya sejak awal merupakan "korban kriminalisasi" oleh pesaing usaha.
            """,
            "korban kriminalisasi", "Samsul Arifin Bachtiar", SpeakerSource.Pronoun, "Ia"
        },
        {
            "a quotation with no cue that opens its paragraph, after a paragraph whose last sentence has 'ia' for its subject and which follows the quote before, is that quote's speaker's",
            """
            Pabrik Tenun Majalaya Terjepit

            Pemilik pabrik tenun di Majalaya, Dadan Ruhiyat, mengaku kalah bersaing. "Kalau barangnya legal, harganya tidak mungkin semurah itu," ujarnya.

            Dalam setahun terakhir, ia terpaksa merumahkan 85 dari 310 karyawannya.

            "Yang paling berat itu memberhentikan orang yang sudah ikut saya lebih dari 20 tahun."

            Salah satu pekerja yang dirumahkan, Iis Nurhayati (41), kini bekerja sebagai buruh cuci. "Sekarang anak sulung terpaksa berhenti kuliah," tutur Iis.
            """,
            "Yang paling berat itu", "Dadan Ruhiyat", SpeakerSource.Pronoun, "ia"
        },
        {
            "someone described without a name whom a '-nya' cue went to is whom the next 'Ia' means, not the organisation that spoke before ('Seorang lender asal Bandung … \"…,\" katanya. Ia menyebut …')",
            """
            Kredit Macet Pinjol Naik

            "Penyelenggara wajib memastikan penilaian risiko yang prudent," tulis OJK dalam keterangan resmi.

            Seorang lender asal Bandung yang menempatkan dana di tiga platform mengaku sudah menarik sebagian besar dananya.

            "Ada dua pendanaan saya yang macet sejak Mei," katanya kepada KONTAN.

            Ia menyebut pembaruan informasi dari platform "hanya email otomatis setiap bulan."
            """,
            "hanya email otomatis", "Seorang lender asal Bandung", SpeakerSource.Pronoun, "Ia"
        },
        {
            "'Lalu', a Sasak name's prefix and a sentence's opener ('then'), opens a name at the sentence's start when an age follows the name ('Lalu Hamzani (44), sopir truk …')",
            """
            Jadwal Feri Malam Dihapus

            Perubahan jadwal dikeluhkan sopir truk. Lalu Hamzani (44), sopir truk pengangkut sayur asal Lombok Timur, khawatir antrean kembali mengular.

            "Kami ini bawa sayur, tidak bisa menunggu lama," kata Hamzani.
            """,
            "Kami ini bawa sayur", "Lalu Hamzani", SpeakerSource.EarlierMention, "Hamzani"
        },
        {
            "a nickname given after a word for a person and an age ('Pria 52 tahun yang akrab disapa Ozan itu') is the name of the person named before with that age",
            """
            Pesanan Mebel Rotan Pulih

            Kapolsek Weru AKP Budi Santoso memastikan lingkungan aman. Sejak September, bengkel milik H. Ahmad Fauzan Baraba (52) kembali mengirim kursi ke Eropa. Istrinya, Sri Wahyuni, ikut menganyam.

            Pria 52 tahun yang akrab disapa Ozan itu mengatakan pesanan mulai pulih.

            "Sekarang bisa lima kontainer sebulan," kata Ozan.
            """,
            "Sekarang bisa lima kontainer", "Ahmad Fauzan Baraba", SpeakerSource.EarlierMention, "Ozan"
        },
        {
            "in Indonesian someone introduced with an age as the last sentence's subject of the paragraph before, which quotes no one, takes the '-nya' of the quotation that opens the next",
            """
            Perajin Rotan Kembali Dapat Borongan

            "Pesanan dari Belanda sudah pulih," kata pemilik bengkel, Ahmad Fauzan Baraba.

            Pulihnya pesanan ikut dirasakan para perajin. Tarsinah (39), salah satu penganyam, kini membawa pulang upah borongan.

            "Waktu sepi, saya sempat kerja jadi buruh cuci," katanya.
            """,
            "Waktu sepi, saya sempat", "Tarsinah", SpeakerSource.Pronoun, "katanya"
        },
        {
            "'Kang', a Sundanese honorific and a Korean surname, is the surname before a Korean given name of two syllables joined by a hyphen ('Wakil Menteri Transportasi Korea Selatan Kang Tae-young')",
            """
            Mogok Kereta di Korea Selatan Berlanjut

            Wakil Menteri Transportasi Korea Selatan Kang Tae-young menilai mogok itu merugikan penumpang.

            "Pintu dialog terbuka, namun tuntutan itu tidak realistis," kata Kang kepada wartawan.
            """,
            "Pintu dialog terbuka", "Kang Tae-young", SpeakerSource.EarlierMention, "Kang"
        },
        {
            "in English a person named after a preposition before ', which' stays a person ('a three-hour meeting with Erdogan, which both sides described as constructive')",
            """
            Scholz meets Erdogan in Ankara

            German Chancellor Olaf Scholz arrived in Ankara on Friday for talks with Turkish President Recep Tayyip Erdogan.

            Scholz left after a three-hour meeting with Erdogan, which both sides described as constructive.

            Erdogan told a joint news conference that Turkey wanted to buy Eurofighter jets. "We expect Germany to keep its promises," he said.
            """,
            "We expect Germany to keep its promises", "Recep Tayyip Erdogan", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian a 'Dari …,' phrase of a source ('Dari keterangan saksi, Budi Hartono sudah tiga kali mencuri') leaves the name after it no speaking subject",
            """
            Pencurian Motor di Bekasi

            Jakarta - Polsek Bekasi Timur menangkap dua pelaku pencurian sepeda motor, Senin (3/3/2025).

            Kapolsek Bekasi Timur Kompol Sutrisno mengatakan kedua pelaku ditangkap di rumah kontrakan mereka.

            "Kami amankan dua unit motor hasil curian," kata Sutrisno.

            Dari keterangan saksi, Budi Hartono sudah tiga kali mencuri di wilayah itu. "Pelaku kami jerat dengan Pasal 363 KUHP," katanya.
            """,
            "Pelaku kami jerat dengan Pasal 363", "Sutrisno", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in English 'Haji' inside a name is the name's word ('said Mohamed Haji Ali')",
            """
            Somali president names new prime minister

            Somalia's President Hassan Sheikh Mohamud has appointed Hamza Abdi Barre as prime minister.

            "The new government must focus on security," said Mohamed Haji Ali, a member of parliament for Mogadishu.

            Ali added that al-Shabab remained the biggest threat.
            """,
            "The new government must focus on security", "Mohamed Haji Ali", SpeakerSource.SameSentence, "Mohamed Haji Ali"
        },
        {
            "in English a surname that is also an ordinary word opening a sentence as that word ('Gold has risen by more than 25%') names no one",
            """
            Gold hits record as investors seek safety

            Gold prices hit a record high on Monday as investors sought safety amid fears of a global trade war.

            "Central banks have been buying at an unprecedented pace," said Peter Gold, head of commodities research at Capital Economics.

            Mark Hill, chief strategist at UBS, said investors were also worried about inflation.

            Gold has risen by more than 25% this year. "We think the rally still has further to run," he said.
            """,
            "We think the rally still has further", "Mark Hill", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a state's body the article names only in lower case ('The finance ministry said in a statement …') is whom a later 'the ministry said' means, not the latest organisation named",
            """
            Zambia launches tax amnesty

            LUSAKA, Oct 2 (Reuters) - Zambia launched a six-month tax amnesty on Thursday, the Zambia Revenue Authority said.

            The finance ministry said in a statement the amnesty was part of efforts to raise domestic revenue. "Broadening the tax base is essential to financing public services," the ministry said.
            """,
            "Broadening the tax base", "finance ministry", SpeakerSource.EarlierMention, "ministry"
        },
        {
            "in English a person named after a preposition and set off with 'who told' or 'who said' is the one speaking, so the next 'she said' is hers, not the earlier speaker's",
            """
            Nominations Surprise Film-Makers

            Kate Morland, who won two years ago, was nominated again. "I am thrilled," Morland said.

            It is also a first nomination for Halvorsen, 49, who told reporters she had not thought the film would appeal to voters. "It was an extraordinary time making the film," she said.
            """,
            "It was an extraordinary", "Halvorsen", SpeakerSource.Pronoun, "she"
        },
        {
            "in Indonesian a regulation's text quoted with 'bunyi beleid tersebut' is the regulation's, by the fullest name it was numbered with, as written (its bracketed short form and title too), not the president's who signed it",
            """
            Kota Baru Jadi Pusat Pemerintahan 2030

            Presiden Darmawan Setiadi memastikan kelanjutan proyek kota baru di Kalimantan.

            Hal ini tertuang dalam Peraturan Presiden (Perpres) Nomor 81 Tahun 2027 tentang Rencana Kerja Pemerintah Tahun 2028. Dalam Perpres 81/2027, pemerintah menargetkan pemindahan kantor kementerian.

            "Pembangunan kawasan dilaksanakan untuk mendukung kota baru menjadi pusat pemerintahan pada 2030," bunyi beleid tersebut.
            """,
            "Pembangunan kawasan dilaksanakan", "Peraturan Presiden (Perpres) Nomor 81 Tahun 2027 tentang Rencana Kerja Pemerintah Tahun 2028", SpeakerSource.EarlierMention, "beleid"
        },
        {
            "in English a demonym after another ('Vietnamese American') is no one's name, so 'she' has no one to go to",
            """
            Shrimpers Face Cheap Imports

            Many of the boats belong to Vietnamese American families who settled on the coast in the 1970s.

            "Restaurants can get the imported for half," she said.
            """,
            "Restaurants can get", null, SpeakerSource.None, null
        },
        {
            "in Indonesian a head alone that opens its sentence ('Perusahaan pemilik kapal, …') names no body, so 'kata perusahaan' is the company named after it",
            """
            Kapal Ikan Tenggelam

            Kapal ikan berbendera Korea Selatan tenggelam di perairan Jeju pada Senin. Kantor berita itu melaporkan kapal sempat mengirim sinyal darurat.

            Perusahaan pemilik kapal, Haesong Fisheries, menyampaikan permintaan maaf kepada keluarga korban. "Kami akan bertanggung jawab penuh," kata perusahaan dalam pernyataan.
            """,
            "Kami akan bertanggung", "Haesong Fisheries", SpeakerSource.EarlierMention, "perusahaan"
        },
        {
            "in English the Welsh 'ab' ('son of') is a word of the name",
            """
            Last Bank Closes

            Town councillor Iwan ab Owain said the closure would hurt older residents.

            "Holyhead is a working port," he said.
            """,
            "Holyhead is a working", "Iwan ab Owain", SpeakerSource.Pronoun, "he"
        },
        {
            "in English 'The retired postman said … \"a bit of a family\"' right after the quote of the person introduced with an age is theirs: a word for a person after 'the' is who spoke last, with no one named since",
            """
            Pool Faces Closure

            Bernard Mottram, 79, has swum at the pool almost every morning since it opened.

            "I had a heart bypass six years ago and the doctor told me to swim," he said.

            The retired postman said the early-morning swimmers had become "a bit of a family".
            """,
            "a bit of a family", "Bernard Mottram", SpeakerSource.EarlierMention, "retired postman"
        },
        {
            "in English a quotation alone after 'The 84-year-old said …', which quotes no one, right after the person's quote, is theirs",
            """
            Last Bank Closes

            Meirion Hughes, 84, has banked at the branch since he was a teenager.

            "I don't do the internet," he said.

            The 84-year-old said he relied on the counter staff to help him pay bills.

            "They know me in there. If something looks wrong, they ring me."

            Gwenllian Pryce, who runs a café nearby, said she would lose a morning every week.
            """,
            "They know me in there", "Meirion Hughes", SpeakerSource.EarlierMention, "The 84-year-old"
        },
        {
            "in English a name closed by 'Mutual' is a building society's, so 'It said' after it spoke is that body, not a place named before",
            """
            Last Bank Branch To Close

            A port town on Anglesey will be left without a bank branch when its last one closes in November.

            Cambria Mutual said the number of counter transactions at the branch had fallen by 62% in five years.

            "This has not been an easy decision," the building society said in a statement.

            It said staff would offer "one-to-one support" to customers who wanted help moving online.
            """,
            "one-to-one support", "Cambria Mutual", SpeakerSource.Pronoun, "It"
        },
        {
            "in English 'the building society said' is the building society the article named before, not the person named last",
            """
            Last Bank Branch To Close

            Cambria Mutual said the number of counter transactions at the branch had fallen by 62% in five years.

            Gareth Rowlands, 84, said he relied on the counter staff to help him pay bills.

            "This has not been an easy decision," the building society said in a statement.
            """,
            "This has not been", "Cambria Mutual", SpeakerSource.EarlierMention, "building society"
        },
        {
            "in Indonesian 'Pasal itu berbunyi, \"…\"' after an article of a numbered law is that law's text, by its name as written",
            """
            Sopir Truk Divonis Empat Tahun

            Jaksa menjerat Marsudi dengan Pasal 310 ayat (4) UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan. Pasal itu berbunyi, "Dalam hal kecelakaan yang mengakibatkan orang lain meninggal dunia, dipidana dengan pidana penjara paling lama 6 (enam) tahun."
            """,
            "Dalam hal kecelakaan", "UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan", SpeakerSource.EarlierMention, "Pasal itu"
        },
        {
            "in Indonesian an article of an agreement as the subject ('Pasal 10 ayat (3) Perjanjian Penerbitan MTN I Tahun 2023 menyebutkan, \"…\"') is the agreement's text",
            """
            Emiten Tunda Bayar Bunga MTN

            Penundaan itu berpotensi berujung pada status wanprestasi. Pasal 10 ayat (3) Perjanjian Penerbitan MTN I GRLX Tahun 2023 menyebutkan, "Keterlambatan pembayaran Bunga MTN lebih dari 14 Hari Kalender merupakan Kejadian Kelalaian."
            """,
            "Keterlambatan pembayaran Bunga", "Perjanjian Penerbitan MTN I GRLX Tahun 2023", SpeakerSource.SameSentence, "Pasal 10 ayat (3) Perjanjian Penerbitan MTN I GRLX Tahun 2023"
        },
        {
            "in English a party tag with a ward after the letter ('(D-Ward 7)') stands between the speaker and 'told' as '(D-Calif.)' does",
            """
            Council Questions Bus Cuts

            The council questioned a Metro proposal to end bus service after 1 a.m.

            "You are balancing your budget on the backs of workers," council member Anita Okwuosa-Reed (D-Ward 7) told Metro's deputy general manager.
            """,
            "You are balancing", "Anita Okwuosa-Reed", SpeakerSource.SameSentence, "council member Anita Okwuosa-Reed"
        },
        {
            "in English a name closed by 'Transit' is a transit agency's, so 'the agency said' after it is that agency",
            """
            Bus Cancellations Anger Riders

            The governor had asked NJ Transit for a plan to reduce cancellations, a spokesman for his office said.

            Weehawken and Union City officials complained at the hearing.

            NJ Transit said in its own statement that it was offering signing bonuses to attract mechanics. "We recognize the frustration of our customers," the agency said.
            """,
            "We recognize the frustration", "NJ Transit", SpeakerSource.EarlierMention, "agency"
        },
        {
            "in Indonesian a Minangkabau customary title after the name ('Syafruddin Dt. Rajo Batuah') is no part of it",
            """
            Banjir Bandang di Solok

            Wali Nagari Sungai Nanam, Syafruddin Dt. Rajo Batuah, mengatakan empat korban adalah warga nagarinya. "Mereka tinggal paling dekat dengan sungai," kata Syafruddin.
            """,
            "Mereka tinggal paling", "Syafruddin", SpeakerSource.SameSentence, "Syafruddin"
        },
        {
            "in Indonesian 'kata Wabup' is the deputy regent the article named ('Wakil Bupati Solok, Yulfikri Hamdani')",
            """
            Pemkab Tetapkan Tanggap Darurat

            Wakil Bupati Solok, Yulfikri Hamdani, mengatakan pemerintah kabupaten menetapkan status tanggap darurat selama 14 hari.

            "Dapur umum sudah berdiri di tiga titik," kata Wabup.
            """,
            "Dapur umum sudah", "Yulfikri Hamdani", SpeakerSource.EarlierMention, "Wabup"
        },
        {
            "in Indonesian a person named after 'Seusai rapat,' opens the sentence as its subject, so 'kata dia' after it is them",
            """
            Bulog Diminta Audit Gudang

            "Kami akan datang tanpa pemberitahuan," kata Ketua Komisi IV Anwar Hidayatullah Siregar.

            Seusai rapat, Teguh Wicaksono memastikan Bulog akan memenuhi permintaan tersebut. "Kami terbuka. Silakan dicek," kata dia kepada wartawan.
            """,
            "Kami terbuka", "Teguh Wicaksono", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "in English 'who told friends' sets no one speaking (only the press: 'who told BBC News 24'), so the next 'she said' stays with the woman quoted before",
            """
            Bullying Calls Double

            Sarah Cole, the charity's chief executive, said calls had doubled since January. "We have never been busier," she said.

            The rise followed the death of Amy Lowe, 15, who told friends she was being bullied online weeks before she died.

            "Every one of those calls is a child who needs help, and we cannot answer them all," she said.
            """,
            "Every one of those calls", "Sarah Cole", SpeakerSource.Pronoun, "she"
        },
        {
            "in Indonesian 'bunyi beleid tersebut' is the regulation issued, not the law it is derived from ('turunan dari UU …'); a minister's regulation written short ('Permendag') is numbered as one",
            """
            Pemerintah Terbitkan Aturan Baru Impor

            Kementerian Perdagangan menerbitkan Permendag Nomor 8 Tahun 2024 tentang Kebijakan dan Pengaturan Impor. Aturan ini merupakan turunan dari UU Nomor 7 Tahun 2014 tentang Perdagangan.

            Permendag itu berlaku mulai 10 Mei 2024. "Impor barang tertentu tidak lagi memerlukan persetujuan teknis," bunyi beleid tersebut.
            """,
            "Impor barang tertentu", "Permendag Nomor 8 Tahun 2024 tentang Kebijakan dan Pengaturan Impor", SpeakerSource.EarlierMention, "beleid"
        },
        {
            "in Indonesian an article of a law in capitals as the subject ('Pasal 33 UUD 1945 menyebutkan') is that law as written, not the last law numbered",
            """
            Pemerintah Klaim Hilirisasi Sesuai Konstitusi

            Pemerintah merujuk UU Nomor 3 Tahun 2020 tentang Mineral dan Batubara dalam kebijakan larangan ekspor bijih nikel.

            Pasal 33 UUD 1945 menyebutkan, "Bumi dan air dan kekayaan alam yang terkandung di dalamnya dikuasai oleh negara."
            """,
            "Bumi dan air", "UUD 1945", SpeakerSource.SameSentence, "Pasal 33 UUD 1945"
        },
        {
            "in Indonesian 'berbunyi' of an alarm is a sound, no one's words: the person after 'kata' speaks",
            """
            Alarm Berbunyi di Gedung Kantor

            Sekitar pukul 02.00, telepon di rumah Rina berbunyi. "Ibu harus segera ke rumah sakit," kata suara di seberang.

            Alarm kebakaran di gedung itu berbunyi "tiiit tiiit tiiit" berkali-kali, kata petugas keamanan Joko Susilo.
            """,
            "tiiit tiiit", "Joko Susilo", SpeakerSource.SameSentence, "Joko Susilo"
        },
        {
            "in Indonesian 'perancang aturan itu' is the regulation's drafter, a person, not the regulation",
            """
            Aturan Baru Ojol

            Kementerian Perhubungan menerbitkan Peraturan Menteri Perhubungan Nomor 12 Tahun 2019 tentang Pelindungan Keselamatan Pengguna Sepeda Motor. Direktur Jenderal Perhubungan Darat Budi Setiyadi memimpin penyusunannya.

            "Kami dilibatkan sejak awal dan aturan ini sudah mengakomodasi keinginan pengemudi," kata perancang aturan itu.
            """,
            "Kami dilibatkan sejak", "Budi Setiyadi", SpeakerSource.EarlierMention, "perancang aturan"
        },
        {
            "in English 'The other passenger said' is someone else than the person who spoke last",
            """
            Pool Faces Closure

            Bernard Mottram, 79, has swum at the pool almost every morning since it opened.

            "I had a heart bypass six years ago and the doctor told me to swim," he said.

            A campaign group has been formed to save it. The other passenger said the building was "beyond any hope of economic repair".
            """,
            "beyond any hope", null, SpeakerSource.None, null
        },
        {
            "in Indonesian a regulation revoked by the one issued ('Aturan ini mencabut Peraturan Menteri Perdagangan Nomor 36 Tahun 2023') is not the one 'bunyi beleid anyar tersebut' quotes; a short form's number ends before the sentence's stop",
            """
            Aturan Impor Diganti

            Kementerian Perdagangan menerbitkan Permendag 8/2024. Aturan ini mencabut Peraturan Menteri Perdagangan Nomor 36 Tahun 2023 tentang Kebijakan dan Pengaturan Impor.

            "Impor barang tertentu tidak lagi memerlukan persetujuan teknis," bunyi beleid anyar tersebut.
            """,
            "Impor barang tertentu", "Permendag 8/2024", SpeakerSource.EarlierMention, "beleid anyar"
        },
        {
            "a company's name of three words without its PT and Tbk, ordinary English words after the first, is the company the article named in full",
            """
            Nusa Copper Gold Ambil Alih Tambang

            Saham PT Nusa Copper Gold Tbk (NCGT) menguat 5% kemarin.

            "Nilai transaksi mencapai US$ 180 juta," jelas manajemen Nusa Copper Gold dalam keterbukaan informasi, Selasa (13/12/2022).
            """,
            "Nilai transaksi mencapai", "PT Nusa Copper Gold Tbk", SpeakerSource.EarlierMention, "Nusa Copper Gold"
        },
        {
            "in English a broadcaster's number with a possessive ('BBC Radio 4's Thought for the Day') closes the broadcaster's name, no person 'Radio' whom 'he' could mean",
            """
            Cardinal Attacks War Spending

            The leader of Catholics in England and Wales, Cardinal Cormac Murphy-O'Connor, made the comments on BBC Radio 4.

            Speaking on BBC Radio 4's Thought for the Day slot, he criticised the fact that "billions" have been spent on war instead of being used to bring people "out of dire poverty".
            """,
            "out of dire poverty", "Cormac Murphy-O'Connor", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian the name a woman is 'akrab disapa' after 'Bu' is the start of the one-word name of the person named before ('Bu Rah' is Rahmawati)",
            """
            Warga Siapkan Ketupat Lebaran

            Gresik - Warga berkumpul di alun-alun sejak sore.

            Rahmawati (45), warga Kecamatan Kebomas yang datang bersama dua anaknya, mengaku sudah menyiapkan ketupat sejak Rabu. "Ketupatnya sudah dianyam, nanti dimasak Jumat sore saja," kata perempuan yang akrab disapa Bu Rah itu.
            """,
            "Ketupatnya sudah dianyam", "Rahmawati", SpeakerSource.EarlierMention, "Bu Rah"
        },
        {
            "in Indonesian 'ibu tiga anak yang akrab disapa Mama Lia' is the mother named before, whose one-word name holds 'Lia' ('Kamalia')",
            """
            Air PDAM Keruh Sepekan

            Makassar - Keluhan paling banyak datang dari Kecamatan Tamalate.

            Kamalia (42), warga Kelurahan Mannuruki, menunjukkan ember berisi air berwarna seperti teh susu.

            "Lihat ini, mau dipakai cuci piring saja saya takut," kata ibu tiga anak yang akrab disapa Mama Lia itu, Selasa (14/10/2025).
            """,
            "Lihat ini, mau dipakai", "Kamalia", SpeakerSource.EarlierMention, "Mama Lia"
        },
        {
            "in Indonesian a name 'yang akrab disapa' after a form of address, past an age in years set off by commas ('Maryati, 60 tahun,'), is the person named there",
            """
            Sidang Arisan Online Berlanjut

            Palembang - Sidang kasus arisan online kembali digelar di Pengadilan Negeri Palembang.

            Saksi kedua, Maryati, 60 tahun, yang akrab disapa Bu Yah, memakai uang hasil menjual kebunnya untuk ikut arisan. "Saya kira bisa buat modal cucu sekolah," kata Bu Yah.
            """,
            "Saya kira bisa buat", "Maryati", SpeakerSource.EarlierMention, "Bu Yah"
        },
        {
            "in Indonesian a name glossed as what the person is called ('kata Uda Rul, sapaannya') after a form of address is the person named before whose name holds it",
            """
            Pedagang Keluhkan Kios Sempit

            Jakarta - Keluhan lain datang dari pedagang makanan. Syahrul (45), pedagang nasi kapau asal Bukittinggi, mengatakan kios di tempat penampungan terlalu sempit.

            "Di sini cuma dua kali dua meter, kompor mau ditaruh di mana?" kata Uda Rul, sapaannya.
            """,
            "Di sini cuma dua", "Syahrul", SpeakerSource.EarlierMention, "Uda Rul"
        },
        {
            "in Indonesian 'Warek' is the deputy rector the article named ('Wakil Rektor Bidang Keuangan Unila, Hendra Wijaya')",
            """
            Mahasiswa Demo Kenaikan UKT

            Bandar Lampung - Wakil Rektor Bidang Keuangan Unila, Hendra Wijaya, mengatakan kenaikan UKT tak terhindarkan.

            Meski begitu, Warek menegaskan kenaikan hanya berlaku untuk kelompok UKT tertinggi.

            "Kami buka jalur banding bagi mahasiswa," ujar Warek.
            """,
            "Kami buka jalur banding", "Hendra Wijaya", SpeakerSource.EarlierMention, "Warek"
        },
        {
            "in Indonesian 'menurutnya' right before a quotation inside the sentence ('meski menurutnya \"belum ada yang diputuskan\"') is the person meant",
            """
            Film Horor Tembus Lima Juta Penonton

            Jakarta, CNN Indonesia - Ratna Kusumawardani, produser film itu, mengatakan film itu laris.

            Ratna menyebut pihaknya tengah menjajaki penayangan di Malaysia. Ia juga tak menutup kemungkinan membuat sekuel, meski menurutnya "belum ada yang diputuskan".
            """,
            "belum ada yang diputuskan", "Ratna Kusumawardani", SpeakerSource.Pronoun, "menurutnya"
        },
        {
            "in Indonesian 'Pria yang akrab disapa Bram itu menyebut … \"…\"': the subject described by the name they are called is that person",
            """
            Startup Rantai Dingin Raih Pendanaan

            Jakarta, CNBC Indonesia - Pendiri Dinginin, Bramantyo Adi Kusuma, mengatakan dana itu untuk gudang baru.

            Pria yang akrab disapa Bram itu menyebut Dinginin ingin menjadi "jaringan, bukan sekadar deretan gudang". Saat ini perusahaan mengoperasikan 19 gudang.
            """,
            "jaringan, bukan sekadar", "Bramantyo Adi Kusuma", SpeakerSource.EarlierMention, "Bram"
        },
        {
            "in Indonesian 'tulis harian tersebut' after 'Bangkok Post dalam tajuknya menilai' is that daily, not the wire service quoted before it",
            """
            Teluk Maya Ditutup Lagi

            Jakarta, CNN Indonesia - Pemilik agen tur di Krabi mengaku rugi, kata Anurak seperti dikutip Reuters.

            Bangkok Post dalam tajuknya menilai pemerintah perlu memberi kepastian jadwal. "Konservasi dan pariwisata tidak harus saling meniadakan," tulis harian tersebut.
            """,
            "Konservasi dan pariwisata", "Bangkok Post", SpeakerSource.EarlierMention, "harian"
        },
        {
            "in Indonesian 'Keputusan itu menyebutkan, \"…\"' after 'Keputusan Rektor Unila Nomor 1123/UN26/KU/2026' is the decree, by its number",
            """
            Mahasiswa Demo Kenaikan UKT

            Bandar Lampung - Wakil Rektor Bidang Keuangan Unila, Hendra Wijaya, mengatakan kenaikan UKT tak terhindarkan.

            Ketentuan banding itu tercantum dalam Keputusan Rektor Unila Nomor 1123/UN26/KU/2026. Keputusan itu menyebutkan, "Mahasiswa baru yang keberatan dapat mengajukan permohonan peninjauan kembali."
            """,
            "Mahasiswa baru yang keberatan", "Keputusan Rektor Unila Nomor 1123/UN26/KU/2026", SpeakerSource.EarlierMention, "Keputusan"
        },
        {
            "in English 'the statement said' after 'The orchestra said in a statement that …' is the organisation the article named with that noun, not the union quoted before",
            """
            Orchestra Musicians Strike

            Players walked out at the Mohawk Valley Symphony Orchestra on Friday. Daniel Hurd, president of the local of the American Federation of Musicians, said the change would wipe out the raise.

            The orchestra said in a statement that its health insurance costs had risen 31 percent in two years. "The board has a responsibility to keep this orchestra alive," the statement said.
            """,
            "The board has a responsibility", "Mohawk Valley Symphony Orchestra", SpeakerSource.EarlierMention, "statement"
        },
        {
            "in English a lead whose subject is a woman described, not named ('A woman who has waited almost two years … says'), is the woman the next paragraph names",
            """
            Hip patients wait two years for surgery

            A woman who has waited almost two years for a hip replacement says she has been forced to sleep downstairs because she "can't climb her own stairs".

            Margaret Ellison, 71, from Leek in Staffordshire, was added to the waiting list in December 2023.

            "Some days the pain is so bad I can't get to the kettle," she said.
            """,
            "can't climb her own stairs", "Margaret Ellison", SpeakerSource.EarlierMention, "A woman"
        },
        {
            "in English a lead whose subject is a relative described ('The daughter of an 88-year-old man … has said') is the one named with that word later ('His daughter, Lorraine Owens,'), not the man",
            """
            Dad spent 31 hours on a trolley in a corridor

            The daughter of an 88-year-old man who spent 31 hours on a hospital trolley in a corridor has said it was "like something from a war film".

            Derek Owens was taken to the emergency department at Severnside Royal Hospital after a fall at his home.

            His daughter, Lorraine Owens, said he was placed on a trolley near the ambulance entrance.
            """,
            "like something from a war film", "Lorraine Owens", SpeakerSource.EarlierMention, "The daughter"
        },
        {
            "in English a Vietnamese name that opens the sentence with a word that is also an English one ('Do Thi Hoa, who sells …') keeps it: 'Thi' or 'Van' after it",
            """
            Hanoi bans petrol motorbikes

            Do Thi Hoa, who sells grilled corn from a basket on her motorbike, said she did not know how she would get her stock into the Old Quarter.

            "I carry charcoal, corn, the grill, everything," Ms Hoa said.
            """,
            "I carry charcoal", "Do Thi Hoa", SpeakerSource.EarlierMention, "Ms Hoa"
        },
        {
            "in English capitalised words after a lower-case 'the', with no given name among them ('the regional government, the Generalitat Valenciana,'), name an organisation, no person",
            """
            Valencia's orange groves are being abandoned

            Growers say prices no longer cover the cost of picking.

            In a statement, the regional government, the Generalitat Valenciana, said it had approved aid and was "working with the sector to defend the quality of Valencian citrus".
            """,
            "working with the sector", "Generalitat Valenciana", SpeakerSource.SameSentence, "Generalitat Valenciana"
        },
        {
            "in Indonesian a nickname glossed after a person named in full ('Siti Nuraini Hasibuan … kata Ani, sapaan akrabnya') is that person, not an earlier one-word name that holds it ('Daniel (41)')",
            """
            Harga Cabai di Pasar Induk Melonjak

            Jakarta, CNBC Indonesia - Harga cabai rawit di Pasar Induk Kramat Jati kembali melonjak menjelang Ramadan.

            Daniel (41), pedagang cabai asal Medan, mengatakan pasokan dari Jawa Tengah berkurang sejak hujan deras.

            Pedagang lain, Siti Nuraini Hasibuan, juga merasakan hal yang sama. "Pembeli sekarang cuma beli seperempat kilo," kata Ani, sapaan akrabnya.
            """,
            "Pembeli sekarang cuma", "Siti Nuraini Hasibuan", SpeakerSource.EarlierMention, "Ani"
        },
        {
            "in Indonesian 'kata Pak Man, sapaan akrabnya' after 'Ahmad Mansyur Siregar' is him, not 'Hermansyah (47)' named before",
            """
            Warga Bantaran Kali Kembali Mengungsi

            Jakarta, CNBC Indonesia - Ratusan warga bantaran Kali Ciliwung di Kampung Melayu kembali mengungsi.

            Hermansyah (47), Ketua RT setempat, mengatakan air mulai masuk ke rumah warga sejak pukul 03.00 WIB.

            Warga lainnya, Ahmad Mansyur Siregar, mengaku tidak sempat menyelamatkan barang-barangnya. "Air naiknya cepat sekali," kata Mansyur.

            "Setiap tahun begini, tapi tahun ini paling parah," kata Pak Man, sapaan akrabnya.
            """,
            "Setiap tahun begini", "Ahmad Mansyur Siregar", SpeakerSource.EarlierMention, "Pak Man"
        },
        {
            "in Indonesian 'Putranya yang akrab disapa Bima itu menyebut … \"…\"' is the son called Bima, not the father named before",
            """
            Usaha Batik Tiga Generasi

            Pekalongan, CNBC Indonesia - Usaha batik tulis milik keluarga Haji Sulaiman Hasan sudah berjalan tiga generasi. "Batik ini dulu dirintis almarhum ayah saya," kata Sulaiman.

            Putranya yang akrab disapa Bima itu menyebut penjualan daring kini menyumbang separuh omzet, "terutama dari pembeli di Malaysia dan Singapura."
            """,
            "terutama dari pembeli", "Bima", SpeakerSource.SameSentence, "Bima"
        },
        {
            "in Indonesian 'Kebijakan yang menurutnya \"…\" itu harus dicabut, tegas X' is X's, whose cue closes the sentence",
            """
            Buruh Tolak Iuran Tapera

            Jakarta, CNBC Indonesia - Kalangan buruh menolak rencana pemerintah memotong gaji pekerja untuk iuran Tapera.

            Menteri Ketenagakerjaan Ida Fauziyah sebelumnya mengatakan kebijakan itu bertujuan membantu pekerja memiliki rumah.

            Kebijakan yang menurutnya "tidak adil bagi buruh" itu harus dicabut, tegas Presiden Partai Buruh Said Iqbal dalam konferensi pers, Rabu (29/5/2024).
            """,
            "tidak adil bagi buruh", "Said Iqbal", SpeakerSource.SameSentence, "Presiden Partai Buruh Said Iqbal"
        },
        {
            "in Indonesian 'Keputusan itu menyebutkan' after a rate decision is no law the article numbered ('Undang-Undang Nomor 4 Tahun 2023'); only a decree named 'Keputusan …' is",
            """
            BI Tahan Suku Bunga di 6%

            Jakarta, CNBC Indonesia - Bank Indonesia (BI) menahan suku bunga acuan di level 6%. Kebijakan itu sejalan dengan amanat Undang-Undang Nomor 4 Tahun 2023 tentang Pengembangan dan Penguatan Sektor Keuangan.

            Gubernur BI Perry Warjiyo mengatakan keputusan itu diambil untuk menjaga stabilitas nilai tukar rupiah.

            "Keputusan ini konsisten dengan kebijakan moneter yang pro-stability," kata Perry.

            Keputusan itu menyebutkan, "Kebijakan makroprudensial dan sistem pembayaran tetap pro-growth."
            """,
            "Kebijakan makroprudensial dan", "Perry Warjiyo", SpeakerSource.EarlierMention, "Keputusan"
        },
        {
            "in English 'The bank said in a statement' after 'Barclays said' is Barclays, the bank that spoke since the Bank of England was named",
            """
            Barclays to close 150 branches

            The Bank of England held interest rates at 0.5% on Thursday, keeping pressure on lenders' margins.

            Barclays said it would close 150 branches this year as more customers move to mobile banking.

            The bank said in a statement that staff affected would be offered roles elsewhere in the group.

            "We will support every colleague through this change," the statement said.
            """,
            "We will support every colleague", "Barclays", SpeakerSource.EarlierMention, "statement"
        },
        {
            "in Indonesian 'The Star' a casino operator is no outlet: 'kata perusahaan itu' after it is the company",
            """
            Kasino The Star Terancam Kehilangan Izin

            Jakarta, CNBC Indonesia - Regulator negara bagian New South Wales menemukan operator kasino The Star tidak layak memegang izin kasino di Sydney.

            Dalam laporan setebal 800 halaman, regulator menyebut The Star membiarkan praktik pencucian uang selama bertahun-tahun. "Kami menerima temuan tersebut," kata perusahaan itu dalam pernyataan ke bursa.
            """,
            "Kami menerima temuan", "The Star", SpeakerSource.EarlierMention, "perusahaan"
        },
        {
            "in Indonesian a title of two words before a company's ticker and a name set off by commas ('Presiden Direktur BEMT, Raymond …,') is no organisation: 'tulis manajemen BEMT' is the company the article named in full",
            """
            Bumi Emas Tanjung Kejar Produksi

            Jakarta - PT Bumi Emas Tanjung Tbk (BEMT) menargetkan tambang barunya mulai berproduksi.

            Presiden Direktur BEMT, Raymond Hartono Wijaya, mengatakan percepatan itu dimungkinkan.

            "Perseroan berkeyakinan bahwa fasilitas pengolahan akan siap," tulis manajemen BEMT.
            """,
            "Perseroan berkeyakinan bahwa", "PT Bumi Emas Tanjung Tbk", SpeakerSource.EarlierMention, "BEMT"
        },
        {
            "in English 'City Clerk' is a title, no word of the clerk's name",
            """
            Ranked-choice count ends in Ward 3

            City Clerk Jessie Harrow-Ames said turnout in Ward 3 was 38 percent, up from 31 percent in 2023.

            "Every ballot was counted twice," Harrow-Ames said.
            """,
            "Every ballot was counted", "Jessie Harrow-Ames", SpeakerSource.EarlierMention, "Harrow-Ames"
        },
        {
            "in English 'the filing said' after 'The company said in its filing to the Australian Securities Exchange that …' is the company, not the exchange named in the sentence",
            """
            Insurer lifts premiums after hail claims

            Coastline Insurance Group said on Tuesday that claims from February's hailstorms had cut its half-year profit.

            "Nobody enjoys putting prices up," chief executive Marian Holt said.

            The company said in its filing to the Australian Securities Exchange that it had bought more reinsurance. "The group has taken steps to reduce its exposure," the filing said.
            """,
            "The group has taken steps", "Coastline Insurance Group", SpeakerSource.EarlierMention, "filing"
        },
        {
            "in Indonesian a title of lower-case words that opens the sentence, its first capitalised ('Kuasa hukum terdakwa, Yosua …,'), is the title 'imbuh kuasa hukum terdakwa' names later",
            """
            Banding Pengembang Ditolak

            Surabaya - Pengadilan Tinggi Surabaya menolak banding terdakwa.

            Kuasa hukum terdakwa, Yosua Parlindungan Simatupang, menyatakan kliennya akan mengajukan kasasi.

            "Klien kami tidak pernah berniat menipu," kata Yosua.

            "Kami akan menguji pertimbangan majelis banding di Mahkamah Agung," imbuh kuasa hukum terdakwa.
            """,
            "Kami akan menguji", "Yosua Parlindungan Simatupang", SpeakerSource.EarlierMention, "kuasa hukum"
        },
        {
            "in Indonesian a court's ruling numbered as the subject ('Putusan Nomor 1287/PID.B/2025/PT SBY itu menyebutkan, \"…\"') is the ruling, by its number",
            """
            Banding Pengembang Perumahan Ditolak

            Surabaya - Pengadilan Tinggi Surabaya menolak banding terdakwa kasus perumahan fiktif.

            Dalam pertimbangannya, majelis hakim banding menyoroti cara terdakwa memasarkan perumahan. Putusan Nomor 1287/PID.B/2025/PT SBY itu menyebutkan, "Terdakwa secara sadar menciptakan kesan seolah-olah pembangunan telah berjalan."
            """,
            "Terdakwa secara sadar", "Putusan Nomor 1287/PID.B/2025/PT SBY", SpeakerSource.SameSentence, "Putusan Nomor 1287/PID.B/2025/PT SBY"
        },
        {
            "in English 'Clerk' alone is no title: 'James Clerk Maxwell once wrote that \"…\"' keeps his whole name",
            """
            Physicists mark 150 years of Maxwell's equations

            Scientists gathered in Edinburgh on Tuesday to mark the anniversary of James Clerk Maxwell's theory of electromagnetism.

            "Maxwell changed the way we see the universe," said Professor Alan Walker, who organised the event.

            James Clerk Maxwell once wrote that "the true logic of this world is in the calculus of probabilities".
            """,
            "the true logic of this world", "James Clerk Maxwell", SpeakerSource.SameSentence, "James Clerk Maxwell"
        },
        {
            "in Indonesian a court's ruling named in passing ('mempertimbangkan Putusan Mahkamah Konstitusi Nomor 168/PUU-XXI/2023') is not the regulation 'bunyi beleid tersebut' quotes",
            """
            Pemerintah Terbitkan PP Kesehatan

            Jakarta, CNBC Indonesia - Pemerintah resmi menerbitkan Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Pelaksanaan Undang-Undang Kesehatan.

            Aturan ini disusun dengan mempertimbangkan Putusan Mahkamah Konstitusi Nomor 168/PUU-XXI/2023 terkait uji materi undang-undang tersebut.

            "Setiap orang dilarang menjual produk tembakau dalam radius 200 meter dari satuan pendidikan," bunyi beleid tersebut.
            """,
            "Setiap orang dilarang menjual", "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Pelaksanaan Undang-Undang Kesehatan", SpeakerSource.EarlierMention, "beleid"
        },
        {
            "in Indonesian a title whose last word heads an organisation's name, before an acronym ('Kepala Otorita IKN, Basuki …,'), leaves that word to the organisation: 'tulis lembaga tersebut' is Otorita IKN, not IKN",
            """
            Otorita IKN Tawarkan Lahan ke Investor

            Jakarta, CNBC Indonesia - Pemerintah menawarkan lahan di Ibu Kota Nusantara kepada investor asing.

            Kepala Otorita IKN, Basuki Hadimuljono, mengatakan minat investor masih tinggi.

            "Kami menargetkan kawasan inti rampung pada 2028," kata Basuki.

            "Pendanaan akan melibatkan swasta," tulis lembaga tersebut dalam keterangan resminya.
            """,
            "Pendanaan akan melibatkan", "Otorita IKN", SpeakerSource.EarlierMention, "lembaga"
        },
        {
            "in Indonesian the Acehnese 'Tgk.' and Lombok's 'TGH.' and 'Tuan Guru' are forms of address, no part of the name: 'kata Tgk Rusli' is Rusli Hasan Basri",
            """
            Naskah Kuno Aceh Dipulangkan

            Banda Aceh - Sebanyak 40 naskah kuno dikembalikan ke Aceh dari sebuah museum di Leiden.

            Filolog dari UIN Ar-Raniry, Tgk. Rusli Hasan Basri, mengatakan naskah itu memuat hukum adat yang lama hilang.

            "Naskah ini harus bisa dibaca lagi oleh generasi muda," kata Tgk Rusli.
            """,
            "Naskah ini harus bisa dibaca", "Rusli Hasan Basri", SpeakerSource.EarlierMention, "Tgk Rusli"
        },
        {
            "in Indonesian 'Tuan Guru' before a name is a form of address ('kata Tuan Guru Hamzan' after 'TGH. Ahmad Hamzan Wardi')",
            """
            Warga Lombok Diminta Tetap Berkurban

            Mataram - Tokoh agama di Lombok Tengah, TGH. Ahmad Hamzan Wardi, mengimbau warga tidak ragu berkurban.

            "Hewan yang sehat tetap sah untuk kurban," kata Tuan Guru Hamzan.
            """,
            "Hewan yang sehat tetap sah", "Ahmad Hamzan Wardi", SpeakerSource.EarlierMention, "Tuan Guru Hamzan"
        },
        {
            "in Indonesian 'yang lebih dikenal dengan nama gim Lunox' names the person before it: 'kata Lunox' is Bagas Prasetya Wirawan",
            """
            Tim Esports Indonesia Runner-up

            Jakarta - Tim Indonesia kalah di final turnamen di Bangkok.

            Kapten tim, Bagas Prasetya Wirawan, yang lebih dikenal dengan nama gim Lunox, meminta maaf kepada para penggemar.

            "Kami sudah berusaha sampai gim terakhir," kata Lunox.
            """,
            "Kami sudah berusaha", "Bagas Prasetya Wirawan", SpeakerSource.EarlierMention, "Lunox"
        },
        {
            "in Indonesian an esports team's or organiser's name ends in 'Esports' or 'Gaming': 'tulis Samudra Arena Gaming' is the organiser",
            """
            Final Turnamen Pecahkan Rekor Penonton

            Jakarta - Final turnamen gim daring di Manila ditonton jutaan orang.

            Penyelenggara turnamen, Samudra Arena Gaming, mencatat jumlah penonton tertinggi sepanjang sejarah.

            "Angka ini merupakan rekor untuk turnamen kami," tulis Samudra Arena Gaming dalam pernyataan resmi.
            """,
            "Angka ini merupakan rekor", "Samudra Arena Gaming", SpeakerSource.SameSentence, "Samudra Arena Gaming"
        },
        {
            "a name right after a quotation that closes with no comma goes on with the sentence ('menyebut Filipina masih menjadi \"kiblat\" Mobile Legends di Asia'): the quote is the subject's",
            """
            Pemain Gim Indonesia Incar Gelar Dunia

            Jakarta - Pemain gim Indonesia bersiap menghadapi kejuaraan dunia.

            "Kami berlatih setiap hari," kata Rendra Adiwijaya Putra.

            Ia juga menyebut Filipina masih menjadi "kiblat" Mobile Legends di kawasan Asia, sehingga pemain Indonesia perlu sering bertanding di sana.
            """,
            "kiblat", "Rendra Adiwijaya Putra", SpeakerSource.Pronoun, "Ia"
        },
        {
            "in Indonesian 'Kadiskoperindag' is a kepala dinas: the one the article titled so ('Kepala Dinas Koperasi, UMKM, Perindustrian dan Perdagangan (Diskoperindag) Kota Garut, Asep Mulyana,')",
            """
            Pasar Darurat Segera Dibangun

            Garut - Pemerintah Kota Garut akan membangun pasar darurat bagi pedagang korban kebakaran.

            Kepala Dinas Koperasi, UMKM, Perindustrian dan Perdagangan (Diskoperindag) Kota Garut, Asep Mulyana, mengatakan pasar darurat siap dalam dua pekan.

            "Pedagang tidak akan dipungut retribusi," kata Asep.

            Kadiskoperindag juga mengakui instalasi listrik pasar sudah lama tidak diperiksa. "Itu jadi catatan kami," tuturnya.
            """,
            "Itu jadi catatan kami", "Asep Mulyana", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in Indonesian 'dosen Universitas Brawijaya' names a university, no person 'Brawijaya': 'kata dosen itu' is the lecturer named before",
            """
            Calon Rektor Kalah Ajukan Keberatan

            Malang - Dr. Marini Kusumastuti kalah dalam pemilihan rektor.

            Marini, dosen Universitas Brawijaya yang juga mantan ketua senat, mengajukan keberatan tertulis ke kementerian.

            "Itu yang ingin kami uji di pengadilan," kata dosen itu.
            """,
            "Itu yang ingin kami uji", "Marini Kusumastuti", SpeakerSource.EarlierMention, "dosen"
        },
        {
            "in Indonesian 'dosen Fakultas Ekonomi dan Bisnis' is a title and a faculty (an organisation's head), no person 'Fakultas Ekonomi'",
            """
            Calon Rektor Kalah Ajukan Keberatan

            Semarang - Dr. Marini Kusumastuti kalah dalam pemilihan rektor.

            Marini, dosen Fakultas Ekonomi dan Bisnis yang juga mantan ketua senat, mengajukan keberatan tertulis ke kementerian.

            "Itu yang ingin kami uji di pengadilan," kata dosen itu.
            """,
            "Itu yang ingin kami uji", "Marini Kusumastuti", SpeakerSource.EarlierMention, "dosen"
        },
        {
            "in Indonesian a festival's name opens with 'Festival': 'tulis Festival Film Tepi Laut dalam pernyataan resmi' is the festival",
            """
            Pemutaran Film Dokumenter Ditunda

            Semarang - Pemutaran sebuah film dokumenter di festival film ditunda setelah didatangi sekelompok orang.

            "Dengan berat hati, panitia memutuskan menunda pemutaran film tersebut," tulis Festival Film Tepi Laut dalam pernyataan resmi.
            """,
            "Dengan berat hati", "Festival Film Tepi Laut", SpeakerSource.SameSentence, "Festival Film Tepi Laut"
        },
        {
            "in English 'Cllr' is a councillor's form of address: 'Cllr Ashworth said' is Brian Ashworth",
            """
            Village to get solar fund

            A village near a new solar farm is to ask the developer for a bigger community fund.

            Brian Ashworth, chairman of the parish council, said the offer was too small.

            "The village should at least get something meaningful out of it," Cllr Ashworth said.
            """,
            "The village should at least", "Brian Ashworth", SpeakerSource.EarlierMention, "Cllr Ashworth"
        },
        {
            "in English a description's who-clause may run to twenty words before 'said': 'A retired nurse who has lived in Millbrook since 1975 and went to a packed council meeting last week said …' then 'she said'",
            """
            Town approves water deal

            MILLBROOK, Ariz. - The town council approved a 30-year water deal on Tuesday.

            "We need the jobs," said Dolores Haverty-Quinn, the mayor.

            A retired nurse who has lived in Millbrook since 1975 and went to a packed council meeting last week said she was not against the company. "Thirty years is longer than I'll be alive," she said.
            """,
            "Thirty years is longer", "A retired nurse", SpeakerSource.Pronoun, "she"
        },
        {
            "in English '…, the company said in a filing with the Philippine Stock Exchange' then 'the filing said': the company's filing, not the exchange's",
            """
            Call center operator to cut 2,000 jobs

            MANILA, Oct 8 (Reuters) - Visayas Contact Partners said on Wednesday it would cut about 2,000 jobs as automated systems take over routine calls.

            The cuts will fall mainly on agents handling billing questions, the company said in a filing with the Philippine Stock Exchange.

            "The nature of the work our clients require is changing rapidly," the filing said.
            """,
            "The nature of the work", "Visayas Contact Partners", SpeakerSource.EarlierMention, "filing"
        },
        {
            "in English a one-word name with no honorific, described at once ('harder on Tobias, a seventh grader from Yonkers who …'), is whom 'he said' means next",
            """
            Spelling bee winner named after video review

            Tobias Wendell-Marsh was first declared the winner of the county spelling bee, but he had to share the title after judges watched a parent's video.

            "When the evidence showed we got it wrong, there was only one fair thing to do," said Gerald Pickering, the head judge.

            The reversal was harder on Tobias, a seventh grader from Yonkers who had spent a few minutes believing he had won.

            "It was weird to give the trophy back," he said.
            """,
            "It was weird to give", "Tobias Wendell-Marsh", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian a title, then what its holder is called ('kata dosen yang akrab disapa Bu Tari itu'), is the person called so, not the last speaker",
            """
            Pemilihan Rektor Digugat

            Surabaya - Prof. Endro Santoso terpilih sebagai rektor, mengalahkan Dr. Lestari Wulandari, setelah mendapat seluruh suara menteri.

            "Semua calon tahu aturannya sejak awal," kata Endro.

            Lestari, dosen Fakultas Hukum yang juga mantan ketua senat, mengajukan keberatan ke kementerian.

            "Itu yang ingin kami uji di pengadilan," kata dosen yang akrab disapa Bu Tari itu.
            """,
            "Itu yang ingin kami uji", "Lestari Wulandari", SpeakerSource.EarlierMention, "dosen"
        },
        {
            "a title and name right after a quotation closed by its own exclamation mark, with no verb, are its source ('\"…!\" Direktur Utama PT … Tbk Budi Santoso dalam keterangan tertulis')",
            """
            Bank Maju Sejahtera Genjot Kredit Produktif

            Jakarta, CNBC Indonesia - Analis menilai penyaluran kredit perbankan masih akan tumbuh tahun ini.

            "Permintaan kredit modal kerja masih kuat," kata analis Mandiri Sekuritas Handiman Soetoyo.

            "Kami akan terus menyalurkan kredit ke sektor produktif!" Direktur Utama PT Bank Maju Sejahtera Tbk Budi Santoso dalam keterangan tertulis, Senin (20/10/2025).
            """,
            "Kami akan terus menyalurkan", "Budi Santoso", SpeakerSource.SameSentence, "Direktur Utama PT Bank Maju Sejahtera Tbk Budi Santoso"
        },
        {
            "in Indonesian a one-word name after a title and 'RSUD' is still the person ('kata Direktur RSUD Susilo' after 'Direktur RSUD Kota Semarang, Susilo Raharjo,'); only a university's one-word name is the institution's",
            """
            RSUD Kota Semarang Tambah Ruang ICU

            Semarang - RSUD Kota Semarang menambah 10 tempat tidur ICU. Direktur RSUD Kota Semarang, Susilo Raharjo, mengatakan penambahan dilakukan karena lonjakan pasien.

            "Kami tidak ingin pasien kritis ditolak," kata Direktur RSUD Susilo, Senin (20/10/2025).
            """,
            "Kami tidak ingin pasien", "Susilo Raharjo", SpeakerSource.EarlierMention, "Direktur RSUD Susilo"
        },
        {
            "in English a one-word name described at once that the article has not named in full ('before finding Leo, a retired engineer who …') is someone new, not who 'he said' goes on with",
            """
            Man rescued after two days under rubble

            Tom Briggs, a firefighter, has been praised for his part in the rescue after a house collapsed in Stockport.

            Crews searched for hours before finding Leo, a retired engineer who had been trapped under rubble for two days.

            "We never give up hope in these situations," he said.
            """,
            "We never give up hope", "Tom Briggs", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a who-clause that holds another's clause ('and whose solicitor said he would deny the charge') is no description of a speaker: 'he said' goes on with the detective",
            """
            Man remanded over Salford stabbing

            A man has been charged with murder after a 24-year-old was stabbed in Salford.

            Det Insp Mark Kent said the victim had been attacked from behind as he walked home.

            A 52-year-old man who was arrested at his home on Tuesday evening after a search by officers and whose solicitor said he would deny the charge was remanded in custody.

            "Our thoughts remain with the family of the victim at this terrible time," he said.
            """,
            "Our thoughts remain with the family", "Mark Kent", SpeakerSource.Pronoun, "he"
        },
        {
            "in English a newspaper keeps its 'The' ('The Tidewater Ledger, the newspaper that sponsors the bee, said' then 'the newspaper said')",
            """
            Spelling bee ends in a tie after video review

            Two spellers will share the county title after judges watched a parent's video.

            The Tidewater Ledger, the newspaper that sponsors the county bee, said both spellers would go to the national finals.

            "Our judges acted in good faith throughout," the newspaper said in a statement.
            """,
            "Our judges acted in good faith", "The Tidewater Ledger", SpeakerSource.EarlierMention, "newspaper"
        },
        {
            "in an English lead a participle of speech has the sentence's subject, a body described after its country's possessive ('Britain's financial watchdog on Tuesday fined Barclays …, saying the bank had been \"…\"'), named by the next paragraph, not the one it fined",
            """
            UK watchdog fines Barclays over money laundering checks

            LONDON, May 6 (Reuters) - Britain's financial watchdog on Tuesday fined Barclays 40 million pounds, saying the bank had been "seriously deficient" in its checks on wealthy clients.

            The Financial Conduct Authority (FCA) said Barclays had failed to collect enough information about the source of funds.

            "Banks must know who they are dealing with," said Therese Chambers, the FCA's joint executive director of enforcement.
            """,
            "seriously deficient", "Financial Conduct Authority", SpeakerSource.EarlierMention, "Britain's financial watchdog"
        },
        {
            "in Indonesian the Javanese 'Lek' is a form of address: 'kata Lek Jan, sapaan akrabnya' is Kasijan, named before",
            """
            Jembatan Baru Ambruk Diselidiki

            Bojonegoro - Jembatan desa yang baru setahun dibangun ambruk saat dilintasi truk pasir.

            Warga Desa Ngrejeng, Kasijan (58), mengaku sempat melihat retakan di bawah jembatan sejak Desember.

            "Waktu air surut, kelihatan ada retakan panjang di bawah," kata Lek Jan, sapaan akrabnya.
            """,
            "Waktu air surut", "Kasijan", SpeakerSource.EarlierMention, "Lek Jan"
        },
        {
            "in Indonesian a nickname glossed with the name it stands for ('kata Bang Udin, panggilan akrab Zainuddin') is that person",
            """
            Warga Penjaringan Tolak Digusur

            Jakarta - Warga kampung nelayan di Penjaringan menolak pembongkaran rumah untuk proyek polder.

            Ketua RT 08, Zainuddin Kadir, mengatakan warga tidak menolak pembangunan polder.

            "Kami yang paling butuh polder," kata Bang Udin, panggilan akrab Zainuddin.
            """,
            "Kami yang paling butuh polder", "Zainuddin Kadir", SpeakerSource.EarlierMention, "Bang Udin"
        },
        {
            "in Indonesian a nickname glossed with the name it stands for ('kata Rio, sapaan akrab Gregorius') is the person named so before",
            """
            Teater Bahasa Isyarat Dipentaskan

            Yogyakarta - Sebuah teater memakai bahasa isyarat dalam seluruh pementasannya.

            "Para aktor tuli terlibat sejak awal," kata sutradara pementasan itu, Gregorius Satrio Lembayung.

            "Aktor-aktor dengar kami yang paling banyak belajar," kata Rio, sapaan akrab Gregorius.
            """,
            "Aktor-aktor dengar kami", "Gregorius Satrio Lembayung", SpeakerSource.EarlierMention, "Rio"
        },
        {
            "a platform a statement was posted on never speaks: 'tulis Pemerintah Kota Palembang melalui akun Instagram resminya' is the city government",
            """
            Lomba Bidar Jadi Agenda Wisata

            Palembang - Lomba bidar kembali digelar di Sungai Musi.

            "Lomba bidar adalah identitas kota kami," tulis Pemerintah Kota Palembang melalui akun Instagram resminya.
            """,
            "Lomba bidar adalah identitas", "Pemerintah Kota Palembang", SpeakerSource.SameSentence, "Pemerintah Kota Palembang"
        },
        {
            "in Indonesian 'tulis dinas tersebut' is the office the article named with the word ('Dinas Sumber Daya Air DKI Jakarta menyatakan …'), not the last person named",
            """
            Warga Penjaringan Tolak Digusur

            Jakarta - Ratusan rumah di Penjaringan dibongkar untuk proyek polder.

            Camat Penjaringan, Hendarsyah Putra Lubis, mengatakan pembongkaran sudah disosialisasikan sejak Januari.

            Dinas Sumber Daya Air DKI Jakarta menyatakan polder itu bagian dari program pengendalian banjir rob. "Polder ini akan melindungi sekitar 40.000 warga," tulis dinas tersebut dalam keterangan tertulis.
            """,
            "Polder ini akan melindungi", "Dinas Sumber Daya Air DKI Jakarta", SpeakerSource.EarlierMention, "dinas"
        },
        {
            "in Indonesian a committee's name opens with 'Komite': 'tulis Komite Keselamatan Konstruksi dalam keterangan tertulis'",
            """
            Jembatan Ambruk Diselidiki

            Bojonegoro - Jembatan desa yang baru setahun dibangun ambruk saat dilintasi truk pasir.

            "Tim akan mengambil sampel beton untuk diuji," tulis Komite Keselamatan Konstruksi dalam keterangan tertulis.
            """,
            "Tim akan mengambil sampel", "Komite Keselamatan Konstruksi", SpeakerSource.SameSentence, "Komite Keselamatan Konstruksi"
        },
        {
            "in English 'Ronald and Beverly Eckersley' names two people of one surname: 'Mr. Eckersley said' is Ronald Eckersley",
            """
            Village society loses bid for its lighthouse

            A software entrepreneur outbid a volunteer society for the Cedar Reef Light.

            Ronald and Beverly Eckersley, retired teachers who have volunteered with the society since 2012, followed the auction from their kitchen table.

            "Every time it went up, Bev would say, 'Well, that's that,'" Mr. Eckersley said.
            """,
            "Every time it went up", "Ronald Eckersley", SpeakerSource.EarlierMention, "Mr. Eckersley"
        },
        {
            "in Indonesian a title in lower case before a name of two words, inside a phrase closed by a demonstrative ('Film garapan sutradara Ardi Wicaksono itu'), still names the person",
            """
            Film Horor Tembus Lima Juta Penonton

            Jakarta - Film Rumah Kidul menembus lima juta penonton dalam tiga pekan.

            Film garapan sutradara Ardi Wicaksono itu kini menjadi film terlaris tahun ini.

            "Kami cuma berharap balik modal," kata Ardi dalam acara syukuran di Jakarta.
            """,
            "Kami cuma berharap balik modal", "Ardi Wicaksono", SpeakerSource.EarlierMention, "Ardi"
        },
        {
            "in Indonesian a short name introduced for someone new ('Warga lain, Udin (40), …') is not the official named in full before whose name ends alike",
            """
            Warga Tamalate Keluhkan Banjir

            Makassar - Banjir kembali merendam permukiman di Kecamatan Tamalate.

            Camat Tamalate, Muhammad Syamsuddin Rahman, mengatakan pompa air sudah dikerahkan sejak pagi.

            Warga lain, Udin (40), mengaku rumahnya terendam setinggi lutut. "Sudah tiga kali bulan ini," kata Udin.
            """,
            "Sudah tiga kali bulan ini", "Udin", SpeakerSource.SameSentence, "Udin"
        },
        {
            "in English a participle of speech after a clause of someone else's ('fined Barclays after the bank's chairman stepped down, saying he took \"…\"') is that clause's subject's (the chairman, as the text describes him), not the watchdog's",
            """
            UK watchdog fines Barclays

            LONDON, May 6 (Reuters) - Britain's financial watchdog on Tuesday fined Barclays 40 million pounds after the bank's chairman stepped down, saying he took "full responsibility" for the failings.

            The Financial Conduct Authority (FCA) said Barclays had failed to check the source of funds.
            """,
            "full responsibility", "chairman", SpeakerSource.SameSentence, "chairman"
        },
        {
            "in an English lead a body described after its country's possessive keeps its description when the next paragraph opens with another organisation ('Britain's competition regulator … blocked …' then 'Microsoft said')",
            """
            UK blocks gaming takeover

            LONDON, April 26 (Reuters) - Britain's competition regulator on Wednesday blocked a $69 billion gaming takeover, saying the deal would "stifle innovation" in cloud gaming.

            Microsoft said it remained committed to the deal and would appeal.
            """,
            "stifle innovation", "Britain's competition regulator", SpeakerSource.SameSentence, "Britain's competition regulator"
        },
        {
            "in Indonesian 'tulis komite tersebut' is the committee named with the word ('Komite Medik juga meminta …'), not the person titled 'Ketua Komite Medik' before",
            """
            Dokter RSUD Pirngadi Protes Direksi

            Medan - Para dokter RSUD Pirngadi memprotes pemotongan jasa medis.

            Ketua Komite Medik RSUD Pirngadi, Andi Saputra, mengatakan pemotongan dilakukan tanpa pemberitahuan.

            Komite Medik juga meminta direksi menjelaskan dasar pemotongan. "Kami minta direksi bertanggung jawab," tulis komite tersebut dalam surat terbuka.
            """,
            "Kami minta direksi bertanggung jawab", "Komite Medik", SpeakerSource.EarlierMention, "komite"
        },
        {
            "a platform that speaks for itself is a speaker: '\"…,\" Instagram said in a blog post'",
            """
            Instagram tightens teen accounts

            Instagram will make all accounts of users under 16 private by default from next month.

            "We want to give people more control over who they hear from," Instagram said in a blog post.
            """,
            "We want to give people more control", "Instagram", SpeakerSource.SameSentence, "Instagram"
        },
        {
            "in English a given name alone before 'and' and a full name is not given that surname when it belongs to someone named in full before ('Sarah Jenkins' … 'Sarah and Mark Thompson, a family friend,')",
            """
            Charity run raises thousands

            Sarah Jenkins organised the run to raise money for the hospice that cared for her father.

            Sarah and Mark Thompson, a family friend, ran the whole 10 miles together.

            "It was hard but worth every step," Sarah said.
            """,
            "It was hard but worth", "Sarah Jenkins", SpeakerSource.EarlierMention, "Sarah"
        },
        {
            "in English 'the county said' is the county the article named, not the county's spokeswoman who spoke before it",
            """
            Call waits grow at county 911 center

            Calls to the Harlow County Emergency Communications Center waited longer than the standard in May.

            "We are short of dispatchers, and we know it," said Dana Whitcombe, a county spokeswoman.

            In a statement, Harlow County said it had raised pay for dispatchers.

            Whitcombe said the county had also offered a hiring bonus. In a statement, the county said it was "deeply sorry for the family's loss" and was reviewing the call.
            """,
            "deeply sorry for the family", "Harlow County", SpeakerSource.EarlierMention, "county"
        },
        {
            "in English 'the district said' is the school system the article named ('Brenton County Public Schools'), not its spokesman who spoke before it",
            """
            Bus driver shortage delays pupils

            Brenton County Public Schools began the year about 90 drivers short, according to the district.

            "We know this week has been frustrating for families," said Marcus Oyelaran-Tate, a district spokesman.

            In a statement, the district said it had raised pay for drivers and asked families to "plan for delays of up to an hour" on some routes.
            """,
            "plan for delays of up to an hour", "Brenton County Public Schools", SpeakerSource.EarlierMention, "district"
        },
        {
            "in Indonesian a one-word name with an age in brackets introduces a person: 'kata Abah Uju, sapaan akrabnya' after 'Juhana (72), warga …' is Juhana",
            """
            Gempa Garut Rusak Ratusan Rumah

            Garut - Gempa magnitudo 5,1 mengguncang Kabupaten Garut, Jawa Barat, Senin (2/3/2026) malam.

            Juhana (72), warga Desa Sukamukti, sedang bersiap tidur ketika guncangan datang. Rumah panggungnya retak di dua sisi.

            "Awalnya saya kira truk lewat, tapi lama-lama lemari goyang," kata Abah Uju, sapaan akrabnya.
            """,
            "Awalnya saya kira truk lewat", "Juhana", SpeakerSource.EarlierMention, "Abah Uju"
        },
        {
            "in Indonesian a nickname glossed with 'sapaan' and the name, 'akrab' left out: 'kata Bapa Nus, sapaan Yohanis' is Yohanis Renwarin",
            """
            Nelayan Tual Tolak Kuota

            Tual - Nelayan kecil di Tual menolak kuota tangkap baru di Laut Arafura.

            Yohanis Renwarin (58) sudah melaut sejak remaja dari pelabuhan kecil di Dullah.

            "Tiga puluh persen itu kedengarannya banyak, tapi di laut siapa yang hitung," kata Bapa Nus, sapaan Yohanis, kepada wartawan.
            """,
            "Tiga puluh persen itu kedengarannya banyak", "Yohanis Renwarin", SpeakerSource.EarlierMention, "Bapa Nus"
        },
        {
            "in Indonesian a one-word name after the gloss 'sapaan akrab' holds the nickname: 'kata Pak Lan, sapaan akrab Sumarlan' is Sumarlan",
            """
            Pengemudi Ojol Demo

            Jakarta - Ribuan pengemudi ojek online berunjuk rasa di depan Kementerian Perhubungan.

            Sumarlan (52), pengemudi asal Bekasi, mengatakan target insentif makin sulit dikejar. Seorang pengemudi lain, Rudi Hartanto, ikut berorasi.

            "Dulu 20 trip dapat bonus Rp 100 ribu," kata Pak Lan, sapaan akrab Sumarlan.
            """,
            "Dulu 20 trip dapat bonus", "Sumarlan", SpeakerSource.EarlierMention, "Pak Lan"
        },
        {
            "in Indonesian 'Toke', a trader's form of address, is no name: 'kata Toke Jun, sapaan akrabnya' is the person named last in full",
            """
            Harga Karet Anjlok

            Jambi - Harga karet di tingkat petani turun hampir separuh.

            Ahmad Junaidi, pengepul karet di Muaro Jambi, kini hanya mengirim dua truk seminggu.

            "Dulu sehari saya bisa kirim dua truk ke pabrik," kata Toke Jun, sapaan akrabnya.
            """,
            "Dulu sehari saya bisa kirim", "Ahmad Junaidi", SpeakerSource.EarlierMention, "Toke Jun"
        },
        {
            "in Indonesian 'Keuchik' is Aceh's village head: 'ujar Keuchik' is the one introduced with the title",
            """
            Kapal Rohingya Mendarat

            Pidie - Sebuah kapal kayu membawa 140 pengungsi Rohingya mendarat di pantai Pidie.

            Keuchik Gampong Pasi Lancang, Murtadha Yusuf, mengatakan warga khawatir pengungsi akan menetap lama.

            "Warga bukan tidak kasihan. Tapi pengalaman kemarin, yang menanggung semua urusan kampung," ujar Keuchik.
            """,
            "Warga bukan tidak kasihan", "Murtadha Yusuf", SpeakerSource.EarlierMention, "Keuchik"
        },
        {
            "in Indonesian an Acehnese noblewoman's 'Cut' is part of her name: 'kata Cut Nyak Rahmah' is Cut Nyak Rahmah Husaini",
            """
            Pengungsi Rohingya di Pidie

            Banda Aceh - Pemerintah Aceh mencari lokasi penampungan baru bagi pengungsi Rohingya.

            Kepala Bidang Perlindungan Sosial Dinas Sosial Aceh, Cut Nyak Rahmah Husaini, mengatakan pemprov berkoordinasi dengan pemerintah pusat.

            "Logistik untuk dua minggu pertama kami tanggung bersama pemkab," kata Cut Nyak Rahmah.
            """,
            "Logistik untuk dua minggu pertama", "Cut Nyak Rahmah Husaini", SpeakerSource.EarlierMention, "Cut Nyak Rahmah"
        },
        {
            "in English a participle 'known … as' after a name and an age gives the name the person is called: 'Nobby said' is Norman Fairclough",
            """
            Pier closed over corroded supports

            A Victorian pier has been closed after engineers found its supports badly corroded.

            Norman Fairclough, 77, known to everyone on the seafront as Nobby, has fished from the end of the pier almost every day since 1985.

            "I've caught bass, sole, the odd conger. Now I stand at the gate and look at it," Nobby said.
            """,
            "I've caught bass, sole", "Norman Fairclough", SpeakerSource.EarlierMention, "Nobby"
        },
        {
            "in English a name right after 'calls him' is what the man named last in full is called, past a ballpark read as a name: 'Pops said' is Eugene Hartsfield",
            """
            Team leaves town after 40 years

            The minor-league team will play its last game at Riverside Field on Sunday.

            Eugene Hartsfield, 81, has worked as an usher at Riverside Field since 1979. Everyone at the ballpark calls him Pops.

            "I've seen kids come through here who ended up in the World Series," Pops said.
            """,
            "I've seen kids come through here", "Eugene Hartsfield", SpeakerSource.EarlierMention, "Pops"
        },
        {
            "in English a couple named 'Derek and Maureen Holtby' as the subject of a verb in the plural share the surname, and 'Mr Holtby' is the man of them, by his given name",
            """
            Clifftop homes to be demolished

            The last five homes on a clifftop road are to be demolished within weeks.

            Derek and Maureen Holtby have lived in their bungalow for 31 years. When they bought it, there was a field between their fence and the cliff.

            "We knew the sea was coming," Mr Holtby said.

            "We've nothing to sell," Mrs Holtby said.
            """,
            "We knew the sea was coming", "Derek Holtby", SpeakerSource.EarlierMention, "Mr Holtby"
        },
        {
            "in English 'Mrs Pennock' after 'Alan and Gwen Pennock are retiring' is the woman of the couple, though she speaks first",
            """
            Village shop for sale

            The only shop in the village has been put up for sale after 40 years.

            Alan and Gwen Pennock are retiring at the end of the summer and hope a buyer will keep the post office counter open.

            "It has been our whole life," Mrs Pennock said. Her husband added: "Someone young should have it."

            "We would rather sell to a local family," Mr Pennock said.
            """,
            "It has been our whole life", "Gwen Pennock", SpeakerSource.EarlierMention, "Mrs Pennock"
        },
        {
            "in Indonesian 'FC' closes a football club's name: 'Pelatih kepala Dharma Putra FC, Bambang Wisnu Priyambodo,' is the club's coach, and 'kata pelatih berusia 54 tahun itu' is he",
            """
            Gaji Pemain Belum Dibayar

            Jakarta - Para pemain Dharma Putra FC belum menerima gaji selama empat bulan.

            Pelatih kepala Dharma Putra FC, Bambang Wisnu Priyambodo, mengaku sulit menjaga fokus pemain. "Di lapangan saya bisa bicara taktik," kata pelatih berusia 54 tahun itu.
            """,
            "Di lapangan saya bisa bicara taktik", "Bambang Wisnu Priyambodo", SpeakerSource.EarlierMention, "pelatih berusia 54 tahun"
        },
        {
            "in Indonesian a Balinese temple priest's 'Jero Mangku' is an office: 'kata Jero Mangku' is the one introduced with it",
            """
            Bule Naik Palinggih, Desa Adat Gelar Upacara

            Karangasem - Desa adat menggelar upacara guru piduka setelah seorang wisatawan duduk di atas palinggih.

            Pemangku Pura Puseh, Jero Mangku Ketut Suweca, yang memimpin upacara menyebut upacara itu bertujuan memulihkan kesucian pura.

            "Upacara hari ini bukan hukuman," kata Jero Mangku.
            """,
            "Upacara hari ini bukan hukuman", "Ketut Suweca", SpeakerSource.EarlierMention, "Jero Mangku"
        },
        {
            "in Indonesian Bali's 'Jero' is a form of address and 'Nengah' a name's first word: 'Jero I Nengah Wardana' is I Nengah Wardana",
            """
            Rumput Laut Bangkit Lagi di Lembongan

            Klungkung - Petani rumput laut di Nusa Lembongan kembali menanam setelah pariwisata melambat.

            Bendesa Adat Lembongan, Jero I Nengah Wardana, mendukung kebangkitan budidaya rumput laut.

            "Pariwisata dan rumput laut harus jalan bersama," ujarnya.
            """,
            "Pariwisata dan rumput laut harus jalan bersama", "I Nengah Wardana", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian 'Mak' is a Cantonese surname too, no form of address: 'kata Mak' after 'Mak Tak-ching' is Mak Tak-ching",
            """
            Ribuan Warga Hong Kong Antre Vaksin

            Jakarta, CNN Indonesia -- Ribuan warga Hong Kong mengantre vaksin flu di pusat kesehatan komunitas, Senin (1/12/2025).

            Ketua Serikat Pekerja Kesehatan Hong Kong, Mak Tak-ching, mengatakan jumlah tenaga medis tidak sebanding dengan lonjakan pasien.

            "Perawat kami bekerja 14 jam sehari sejak pekan lalu," kata Mak.

            Menurut Mak, pemerintah harus segera merekrut tenaga tambahan. "Kalau tidak, sistem akan kolaps," ujarnya.
            """,
            "Perawat kami bekerja 14 jam", "Mak Tak-ching", SpeakerSource.EarlierMention, "Mak"
        },
        {
            "in English 'known on film sets as Ben Affleck's double': a name with its possessive is someone else's, no other name of the person",
            """
            Stand-in actor finally gets his own role

            Dean Farrow, 52, known on film sets as Ben Affleck's double, has landed his first speaking part.

            Farrow spent 20 years standing in for the star under hot lights while crews set up shots.

            "Dean taught me how to stand still, which is most of acting," Ben Affleck said in a video message played at the premiere.
            """,
            "Dean taught me how to stand still", "Ben Affleck", SpeakerSource.SameSentence, "Ben Affleck"
        },
        {
            "in English 'the county said' is a county council the article named over a football club named since ('Derbyshire County Council', not Derby County)",
            """
            Council approves new stadium road

            Derbyshire County Council has approved plans for a new access road to Pride Park.

            The road will serve fans of Derby County, whose stadium sits beside the A52. A club spokesman welcomed the decision.

            "This will ease the traffic on match days considerably," said Emma Holt, the council's cabinet member for highways.

            In a statement, the county said construction would "begin in the spring and take about 18 months."
            """,
            "begin in the spring", "Derbyshire County Council", SpeakerSource.EarlierMention, "county"
        },
        {
            "in English 'it said' after 'The Ministry of Agriculture and Livestock Development said it was talking to airlines' is that ministry: a capitalised 'Ministry' names it and is no description of the council named before",
            """
            Kenyan flower growers squeezed

            Growers say costs have doubled.

            The Flower Council said in a statement that exports fell.

            The Ministry of Agriculture and Livestock Development said it was talking to airlines about adding capacity. "The ministry is engaging cargo operators to increase capacity," it said.
            """,
            "The ministry is engaging cargo operators", "Ministry of Agriculture and Livestock Development", SpeakerSource.Pronoun, "it"
        },
        {
            "in Indonesian a body of three words or more by its first word alone: 'tulis Ombudsman' after 'Ombudsman Republik Indonesia Perwakilan Jawa Tengah menilai …' is that body",
            """
            Nenek Tercatat Meninggal di Data Bansos

            Grobogan - Seorang nenek tercatat meninggal di data bantuan sosial.

            Ombudsman Republik Indonesia Perwakilan Jawa Tengah menilai kasus seperti ini masuk kategori maladministrasi. "Warga yang masih hidup tidak boleh dibebani pembuktian berkali-kali," tulis Ombudsman dalam keterangannya.

            Parisada Hindu Dharma Indonesia Provinsi Bali dalam pernyataannya meminta pengelola vila lebih aktif. "Wisatawan harus diberi tahu sejak awal," tulis Parisada.
            """,
            "Warga yang masih hidup tidak boleh dibebani", "Ombudsman Republik Indonesia Perwakilan Jawa Tengah", SpeakerSource.EarlierMention, "Ombudsman"
        },
        {
            "in Indonesian a first word alone is no body named with it when a person's name opens with it: 'kata Josua' after 'Josua Pardede' and a headline glued to his name",
            """
            Ekonom Kupas Asumsi APBN

            Jakarta, CNBC Indonesia - Kepala Ekonom Bank Permata Josua Pardede menilai asumsi makro APBN 2024 realistis.

            Josua Pardede Kupas Tuntas Asumsi Makro APBN 2024 dalam acara diskusi di Jakarta.

            "Pada saat hasil pemilu keluar, kondisi pasar akan lebih tenang," kata Josua.
            """,
            "Pada saat hasil pemilu keluar", "Josua Pardede", SpeakerSource.EarlierMention, "Josua"
        },
        {
            "in Indonesian 'kata petambak yang akrab disapa Pak Im itu': a person by their trade, called so, is the person named last",
            """
            Harga Garam Anjlok

            H. Abdul Rachim, 58 tahun, petambak garam di Desa Karanganyar, memilih menimbun hasil panennya di gudang. Ia berharap harga membaik.

            "Kalau dijual sekarang, hasilnya tidak cukup untuk membayar buruh angkut," kata petambak yang akrab disapa Pak Im itu saat ditemui, Sabtu.
            """,
            "Kalau dijual sekarang", "Abdul Rachim", SpeakerSource.EarlierMention, "Pak Im"
        },
        {
            "in Indonesian 'kata Haji Syam, sapaan akrabnya': a nickname whose last word opens a word of the name of the person named last is that person",
            """
            Pengiriman Sapi Tertunda

            Peternak di Desa Sukamaju, H. Syamsuddin Latif, mengaku terpaksa menunda pengiriman 80 ekor sapi ke Jakarta.

            "Surat kesehatannya belum keluar, jadi truk belum bisa berangkat," kata Haji Syam, sapaan akrabnya.
            """,
            "Surat kesehatannya belum keluar", "Syamsuddin Latif", SpeakerSource.EarlierMention, "Haji Syam"
        },
        {
            "in Indonesian 'kata Mak Sini, sapaan akrabnya': a nickname whose last word ends a word of the name of the person named last is that person",
            """
            Permohonan Dispensasi Kawin Naik

            Warsini (45), warga Desa Sukra, mengantar anaknya ke pengadilan agama pada Senin pagi.

            "Yang penting anaknya ada bapaknya," kata Mak Sini, sapaan akrabnya, di halaman pengadilan.
            """,
            "Yang penting anaknya ada bapaknya", "Warsini", SpeakerSource.EarlierMention, "Mak Sini"
        },
        {
            "in Indonesian 'Pria 47 tahun yang akrab disapa Ozi itu' when no one was given that age: the person named last, when the name called is a short form of theirs",
            """
            Ekspor Mebel Rotan Pulih

            Cirebon, CNBC Indonesia - Deretan kursi rotan memenuhi halaman sebuah bengkel di Desa Tegalsari. Sejak September, bengkel milik H. Rizal Fahrurozi ini kembali bekerja hingga malam.

            Pria 47 tahun yang akrab disapa Ozi itu mengatakan pesanan dari Eropa mulai pulih.

            "Tahun lalu sebulan paling kirim dua kontainer," kata Ozi saat ditemui di bengkelnya.
            """,
            "Tahun lalu sebulan paling kirim", "Rizal Fahrurozi", SpeakerSource.EarlierMention, "Ozi"
        },
        {
            "in Indonesian 'di Pasar Kramat': a market the article names is a place, no person, so 'pria yang akrab disapa Babe Wan itu' is the trader named before it",
            """
            Pasar Kramat Direnovasi, 900 Pedagang Pindah

            Meski tidak dipungut sewa, sejumlah pedagang khawatir omzet mereka turun. H. Darmawan (58), pedagang kain yang sudah berjualan di Pasar Kramat sejak 1990, menilai lokasi penampungan kurang terlihat oleh pembeli.

            "Pelanggan saya kebanyakan orang tua, mereka hafalnya di gedung lama," kata pria yang akrab disapa Babe Wan itu.
            """,
            "Pelanggan saya kebanyakan orang tua", "Darmawan", SpeakerSource.EarlierMention, "Babe Wan"
        },
        {
            "in Indonesian 'kata BPBD Jateng' after 'BPBD Jawa Tengah mencatat …': a regional body with its province written short is the body named in full",
            """
            Banjir Rendam Tiga Kabupaten

            Sementara itu, BPBD Jawa Tengah mencatat sedikitnya 14 desa terendam banjir sejak Senin malam.

            "Warga di bantaran sungai diminta mengungsi ke tempat yang lebih tinggi," kata BPBD Jateng dalam keterangannya.
            """,
            "Warga di bantaran sungai diminta", "BPBD Jawa Tengah", SpeakerSource.EarlierMention, "BPBD Jateng"
        },
        {
            "in Indonesian 'tulis BPBD Magelang' after 'Badan Penanggulangan Bencana Daerah Kabupaten Magelang': an acronym and a region name the body spelled out with its regency",
            """
            Pencarian Pendaki Hilang

            Badan Penanggulangan Bencana Daerah Kabupaten Magelang menambah personel dan mengerahkan drone termal.

            "Area pencarian diperluas ke lereng timur," tulis BPBD Magelang dalam keterangannya.
            """,
            "Area pencarian diperluas", "Badan Penanggulangan Bencana Daerah Kabupaten Magelang", SpeakerSource.EarlierMention, "BPBD Magelang"
        },
        {
            "in English 'the company said' after 'Mindoro Star Shipping Lines, which operates the ferry, said …': 'Lines' closes a carrier's name, though 'Star' is a title",
            """
            Ferry inspections ordered

            The coast guard said the ferry may have been carrying more vehicles than its permit allowed.

            Bayview Star Shipping Lines, which operates the ferry, said in a statement it was cooperating fully with investigators.

            "Our hearts go out to the families of those we lost," the company said.
            """,
            "Our hearts go out to the families", "Bayview Star Shipping Lines", SpeakerSource.EarlierMention, "company"
        },
        {
            "in English 'the agency said' after 'The Agriculture Department's Food Safety and Inspection Service, which regulates …, said': the body named after its owner's possessive is the one that acts",
            """
            Deli meat recall

            The Agriculture Department's Food Safety and Inspection Service, which regulates meat processing plants, said it had sent additional inspectors to the plant. "Some product may still be in consumers' refrigerators," the agency said.
            """,
            "Some product may still be in", "Food Safety and Inspection Service", SpeakerSource.EarlierMention, "agency"
        },
        {
            "in English 'the agency said' after 'the Executive Office for Immigration Review, the Justice Department agency that runs …': a title opening a body's name before its closing word, and the noun past the owner's name in apposition",
            """
            Court delays grow

            The court had 18 judges in June; it now has 12, according to the Executive Office for Immigration Review, the Justice Department agency that runs the nation's immigration courts.

            "Hearings involving detained individuals continue to be prioritized," the agency said.
            """,
            "Hearings involving detained individuals", "Executive Office for Immigration Review", SpeakerSource.EarlierMention, "agency"
        },
        {
            "in Indonesian 'kata Dansektor itu' after 'Komandan Sektor 6 Satuan Tugas …, Kolonel Inf. Bagus …': a sector's commander written short is the commander the article named",
            """
            Sungai Berubah Merah

            Komandan Sektor 4 Satuan Tugas Citarum Harum, Kolonel Inf. Wisnu Ardiansyah Putra, mengatakan timnya menyisir saluran pembuangan di sepanjang sungai.

            Warga mengeluhkan bau menyengat sejak sepekan terakhir.

            "Kalau ada saluran yang baru, pasti kami temukan," kata Dansektor itu.
            """,
            "Kalau ada saluran yang baru", "Wisnu Ardiansyah Putra", SpeakerSource.EarlierMention, "Dansektor"
        },
        {
            "in English 'Kanemitsu said' after 'Masahiro Kanemitsu, president of … Kanemitsu Rice Trading': a surname alone is the person, not the trading house it opens",
            """
            Rice prices hit record

            Masahiro Kanemitsu, president of Tokyo-based wholesaler Kanemitsu Rice Trading, rejected accusations that distributors were holding back supplies. "Distributors are not hoarding," Kanemitsu said.
            """,
            "Distributors are not hoarding", "Masahiro Kanemitsu", SpeakerSource.EarlierMention, "Kanemitsu"
        },
        {
            "in English 'quote, a spokesperson for the Federal Ministry for Economic Affairs and Climate Action said': a description of someone unnamed closed by a long organisation's name",
            """
            Bakers face energy bills

            "The relief package is designed to reach small companies quickly," a spokesperson for the Federal Ministry for Economic Affairs and Climate Action said, declining to give a date.
            """,
            "The relief package is designed", "a spokesperson for the Federal Ministry for Economic Affairs and Climate Action", SpeakerSource.SameSentence, "a spokesperson for the Federal Ministry for Economic Affairs and Climate Action"
        },
        {
            "in Indonesian 'di Gerbang Tol Kertajati' is a place, so the unnamed driver who opens the paragraph is whom 'katanya' means, not the woman who spoke before",
            """
            Antrean SPKLU Mengular

            Istri Danu, Ratna Sekar Wulandari, mengatakan keluarganya sempat berdebat. "Ya sudah, pasrah saja," tutur Ratna.

            Seorang pengemudi mobil listrik yang enggan disebutkan namanya memilih keluar di Gerbang Tol Kertajati untuk mencari SPKLU di dalam kota. "Di aplikasi kelihatan kosong, tapi mesinnya rusak," katanya.
            """,
            "Di aplikasi kelihatan kosong", "Seorang pengemudi mobil listrik", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian 'Korban lain, seorang karyawan swasta, mengaku …': the unnamed victim set off after 'another victim' is whom 'ujarnya' means",
            """
            Penipuan Video Palsu

            Salah satu korban, Rosmawati Siregar (63), kehilangan Rp85 juta. "Saya pikir ini program pemerintah," kata Bu Ros, sapaan akrabnya.

            Korban lain, seorang karyawan swasta, mengaku sempat menerima keuntungan pada bulan pertama. "Bulan pertama ditransfer Rp3 juta, habis itu akunnya hilang," ujarnya.
            """,
            "Bulan pertama ditransfer", "seorang karyawan swasta", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian 'kata nelayan yang akrab disapa Pak Udin itu' is no nickname of the office head named last: a trade takes only someone the article gave that trade",
            """
            Nelayan Muara Angke Tak Melaut Akibat Gelombang Tinggi

            Ratusan nelayan di Muara Angke, Jakarta Utara, memilih tidak melaut sejak Senin (3/11/2025) karena gelombang tinggi. Kepala Dinas Ketahanan Pangan, Kelautan dan Pertanian DKI Jakarta, Hasudungan Sidabalok, mengimbau nelayan menunda pelayaran.

            "Kami minta nelayan tidak memaksakan diri," kata Hasudungan.

            Salah satu nelayan mengaku sudah sepekan tidak mendapat penghasilan. "Biasanya sehari bisa dapat Rp 200 ribu, sekarang nol," kata nelayan yang akrab disapa Pak Udin itu.
            """,
            "Biasanya sehari bisa dapat", "Salah satu nelayan", SpeakerSource.EarlierMention, "nelayan"
        },
        {
            "in Indonesian 'Pria 60 tahun yang akrab disapa Pak Hadi itu' after 'Agus Mulyadi': a nickname that is a given name of its own is no short form of the person named last",
            """
            Banjir Rendam Bengkel

            Sejak Senin, bengkel milik Agus Mulyadi di Desa Sumberejo terendam banjir setinggi satu meter.

            Pria 60 tahun yang akrab disapa Pak Hadi itu tinggal di bantaran sungai.

            "Barang-barang saya tidak sempat diselamatkan," kata Pak Hadi.
            """,
            "Barang-barang saya tidak sempat", "Hadi", SpeakerSource.SameSentence, "Pak Hadi"
        },
        {
            "in English 'Former Police Chief John Harris': a title before a body's closing word and another title is no organisation's name",
            """
            Police shooting inquiry opens

            An inquiry into the fatal shooting of a teenager opened on Monday in Springfield.

            Former Police Chief John Harris said the department had failed to train its officers. "We knew there were problems and we did nothing," he said.

            "The community deserves answers," Harris added.
            """,
            "The community deserves answers", "John Harris", SpeakerSource.EarlierMention, "Harris"
        },
        {
            "in English 'Oliver Lines won …' then 'Lines said': a surname that is also a carrier's word is the person",
            """
            Lines wins Shoot Out

            Oliver Lines won the Snooker Shoot Out in Leicester on Sunday, beating Mark Davis in the final.

            "It is the best night of my career," Lines said.

            His father Peter Lines, also a professional, watched from the crowd.
            """,
            "It is the best night of my career", "Oliver Lines", SpeakerSource.EarlierMention, "Lines"
        },
        {
            "in English 'Ford said in a statement' after 'Ford Motor Co. said on Tuesday …' and 'Bill Ford': the firm that acted, not the person who shares its name",
            """
            Ford recalls 1.2 million vehicles

            The Ford family still controls the carmaker through special voting shares. Bill Ford, its executive chairman, was not available for comment.

            Ford Motor Co. said on Tuesday it would recall 1.2 million vehicles in the United States because a rear-view camera may fail.

            "We are not aware of any accidents or injuries related to this issue," Ford said in a statement.
            """,
            "We are not aware of any accidents", "Ford Motor Co", SpeakerSource.EarlierMention, "Ford"
        },
        {
            "in English a quote with a cue of its own that names someone unnamed the rules cannot read continues no one ('a spokesperson for the Federation of German Industries and the German Chambers of Commerce said')",
            """
            Germany to expand heat pump subsidies

            Germany will expand subsidies for heat pumps next year, the government said on Tuesday.

            "The programme has been very popular and we want to build on that," a spokesperson for the Federal Ministry for Economic Affairs and Climate Action said.

            "We welcome the decision," a spokesperson for the Federation of German Industries and the German Chambers of Commerce said.

            "It is too little, too late," a spokesperson for Greenpeace Germany campaigner Anna Schmidt said.
            """,
            "We welcome the decision", null, SpeakerSource.None, null
        },
        {
            "in Indonesian 'tulis paguyuban itu' is the body of people the article named with the word ([outlet-nouns] paguyuban +named), not a bare word",
            """
            Sopir angkot tolak rute baru

            Paguyuban Sopir Angkot Sukamaju mengirim surat keberatan kepada dinas perhubungan, Senin (3/8/2026). Ketua paguyuban, Darmaji Sulistyo, ikut menandatangani surat itu.

            "Kami tidak menolak penataan, tetapi rute baru memotong separuh penumpang kami," tulis paguyuban itu.
            """,
            "Kami tidak menolak penataan", "Paguyuban Sopir Angkot Sukamaju", SpeakerSource.EarlierMention, "paguyuban"
        },
        {
            "in English a capitalised word opening the sentence before a noun for a company and a name is what the company makes: Juice maker Citrosul said … The company said",
            """
            Orange growers cut jobs

            SAO PAULO (Reuters) - Brazil's orange harvest is set to fall for a third year as greening disease spreads through groves in Sao Paulo state.

            Juice maker Citrosul said it would run two of its four plants at reduced capacity. The company said it expected "significantly lower fruit availability" through the first half of next year.
            """,
            "significantly lower fruit availability", "Citrosul", SpeakerSource.EarlierMention, "company"
        },
        {
            "in Indonesian 'mereka' is a body of people ([people-groups]) that was the subject of the sentence before, with no person named since: Kelompok Tani Tunas Baru … mengadu … mereka menulis:",
            """
            Petani minta ganti rugi

            Kelompok Tani Tunas Baru, yang beranggotakan 35 petani, mengadu ke DPRD setempat pekan lalu. Dalam surat kepada Ketua DPRD, mereka menulis: "Kami meminta pemerintah mengganti benih yang rusak akibat banjir."
            """,
            "Kami meminta pemerintah mengganti", "Kelompok Tani Tunas Baru", SpeakerSource.Pronoun, "mereka"
        },
        {
            "in Indonesian 'tulis perusahaan' is no body of people named since the company ('Serikat menuntut kenaikan 8 persen'), but the company",
            """
            Pekerja tambang mogok

            Dikutip dari Reuters, serikat pekerja menolak tawaran kenaikan upah 3 persen. Serikat menuntut kenaikan 8 persen dan bonus tahunan.

            Perusahaan pengelola tambang, Andes Cobre Minera, menyatakan tawaran itu sudah maksimal. "Tawaran kami wajar mengingat biaya produksi terus naik," tulis perusahaan dalam pernyataannya.
            """,
            "Tawaran kami wajar", "Andes Cobre Minera", SpeakerSource.EarlierMention, "perusahaan"
        },
        {
            "in Indonesian the head of a body of people's name alone ('Kelompok menegaskan:') names no one where the article named no body with it",
            """
            Harga minyak melonjak

            Harga minyak mentah naik 6 persen setelah produsen utama memangkas produksi.

            Kelompok menegaskan: "Pemangkasan ini langkah pencegahan untuk menstabilkan pasar."
            """,
            "Pemangkasan ini langkah pencegahan", null, SpeakerSource.None, null
        },
        {
            "in Indonesian the head of a body of people's name alone is the body the article named with it: 'Paguyuban menegaskan:' after 'Paguyuban Pedagang Pasar Baru'",
            """
            Pedagang tolak relokasi

            Paguyuban Pedagang Pasar Baru menolak rencana relokasi ke terminal lama.

            Paguyuban menegaskan: "Kami tidak mau pindah sebelum ada jaminan pembeli."
            """,
            "Kami tidak mau pindah", "Paguyuban Pedagang Pasar Baru", SpeakerSource.EarlierMention, "Paguyuban"
        },
        {
            "in English an ordinary word, capitalised inside the sentence, before a country's name is a public body's name, not the place: issued by Natural England … \"…,\" Natural England said",
            """
            Seals return to estuary

            A licence to count the colony was issued by Natural England last spring.

            "The numbers are encouraging," Natural England said in a statement.

            The government body said the colony had "recovered strongly" since 2020, when only 40 pups were born.
            """,
            "The numbers are encouraging", "Natural England", SpeakerSource.SameSentence, "Natural England"
        },
        {
            "in English 'the government body said' is the body named before, not a government: Sport England objected … The government body said … \"…\"",
            """
            Playing fields sold

            Sport England objected to the sale of the playing fields in March.

            The government body said the town would lose "irreplaceable space for grassroots football" if the sale went ahead.
            """,
            "irreplaceable space", "Sport England", SpeakerSource.EarlierMention, "government body"
        },
        {
            "in English someone described after 'A' and a participle that qualifies the noun ('A retired fisherman … had his own view') opens the quotation's paragraph and is the 'he' of its cue, not the person named in the paragraph before",
            """
            Island runs dry

            The tanker's captain, Yiannis Petrakos, has been making the run from Piraeus for three summers. He said demand had doubled.

            "Three years ago I had two islands. This year I have seven," Capt. Petrakos said.

            A retired fisherman sitting on the harbor wall had his own view of the problem. "Every new hotel has a swimming pool. We used to have one spring for the whole village," he said.
            """,
            "Every new hotel has a swimming pool", "A retired fisherman sitting on the harbor wall", SpeakerSource.Pronoun, "he"
        },
        {
            "in English 'they' is people described by one word for several ('a German couple on their fourth visit … said'), the subject of the sentence of speech before",
            """
            Island runs dry

            Water is trucked to the village every night, the mayor said.

            At a hotel near the beach, a German couple on their fourth visit to the island said they had not noticed any shortage.

            "We had no idea. Nobody tells you this when you book," they said.
            """,
            "We had no idea", "a German couple on their fourth visit to the island", SpeakerSource.Pronoun, "they"
        },
        {
            "in English 'they' is no outlet named in passing ('documents seen by Reuters'), with people told of since (a review's probe)",
            """
            Plant to close

            The company plans to shut its Ohio plant, according to documents seen by Reuters. Workers at the site were told on Friday.

            "We found out from a notice on the wall," they said.
            """,
            "We found out from a notice", null, SpeakerSource.None, null
        },
        {
            "in English 'they' is no firm named in passing ('after Goldman Sachs raised its rating'), with investors told of since (a review's probe)",
            """
            Bank shares rebound

            Shares in Barclays rose 4% on Tuesday after Goldman Sachs raised its rating on the stock. Investors had feared a fresh round of losses.

            "This is the turning point we were waiting for," they said.
            """,
            "This is the turning point", null, SpeakerSource.None, null
        },
        {
            "in English an ordinary word and a country's name after a title and a given name are a person's name, no body's: the historian Rose Holland (a review's probe)",
            """
            Historian speaks

            The book was written by the historian Rose Holland, who spent ten years on it.

            "It was a labour of love," she said. Holland said she was already working on a sequel.

            "I cannot stop," Holland said.
            """,
            "I cannot stop", "Rose Holland", SpeakerSource.EarlierMention, "Holland"
        },
        {
            "in Indonesian 'mereka' is no body of people two sentences back, with others told of since: Aliansi BEM SI menggelar aksi … . Polisi menangkap puluhan pelajar … (a review's probe)",
            """
            Mahasiswa Bentrok

            Aliansi BEM SI menggelar aksi di Patung Kuda. Polisi menangkap puluhan pelajar STM yang ikut dalam aksi.

            "Kami cuma ikut-ikutan," kata mereka kepada wartawan.
            """,
            "Kami cuma ikut-ikutan", null, SpeakerSource.None, null
        },
        {
            "in English a brand written in lower case with a capital inside is a name: eBay said the change would \"…\"",
            """
            Online marketplace changes fees

            Online marketplace eBay will change how sellers are paid from next month.

            eBay said the change would "simplify and speed up" payments for its sellers.
            """,
            "simplify and speed up", "eBay", SpeakerSource.SameSentence, "eBay"
        },
        {
            "in Indonesian 'di' glued to the capitalised word after it is a word of its own: kata Shin Tae-yong diGoalpost",
            """
            Timnas gagal lolos

            Timnas Indonesia gagal lolos ke putaran final.

            "Memang sayang sekali kita gagal di laga terakhir," kata Shin Tae-yong diGoalpost, Kamis (12/6/2025).
            """,
            "Memang sayang sekali", "Shin Tae-yong", SpeakerSource.SameSentence, "Shin Tae-yong"
        },
        {
            "in Indonesian 'PB' (a federation's national board, Pengurus Besar) heads an organisation's name, which ends before the person: kata Ketua Umum PB Perpani Arief Nugroho",
            """
            Pemanah junior berangkat ke Dhaka

            Tim panahan junior Indonesia dipastikan berangkat ke Kejuaraan Asia bulan depan.

            "Dana talangan sudah kami siapkan, anak-anak tinggal fokus berlatih," kata Ketua Umum PB Perpani Arief Nugroho di Jakarta, Senin.
            """,
            "Dana talangan sudah kami siapkan", "Arief Nugroho", SpeakerSource.SameSentence, null
        },
    };

    /// <summary>
    /// Constructs as real articles of <c>../shared</c> print them, read there at test time (the repository keeps no copy of
    /// corpus text): each case names the article as <see cref="Corpus.Text"/> does and the stretches of its text that
    /// make the case (<see cref="Corpus.Excerpt"/>), then the quote, speaker, source and mention as in <see cref="Cases"/>.
    /// </summary>
    public static TheoryData<string, string, string, string, string?, SpeakerSource, string?> RealCases => new()
    {
        {
            "in English a preposition that opens the sentence is no title of the name after it ('Of Hepburn, she said:' is not Hepburn's subject)",
            "bbc-fulltext/bbc/entertainment/372.txt", "0+33\n\n1837+225",
            "The longevity", "Cate Blanchett", SpeakerSource.Pronoun, "she"
        },
        {
            "an unnamed speaker opened by a phrase of the tables' [unnamed] keeps it ('kata salah satu anggota', not 'anggota')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#155", "0+58\n\n115+1541",
            "berbagai opsi dalam pikiran", "salah satu anggota", SpeakerSource.SameSentence, "salah satu anggota"
        },
        {
            "in English the person after an owner who opens the sentence and a word for how they are related is its subject ('Edwards' sister Rachel makes an emotional TV appeal … she said')",
            "bbc-fulltext/bbc/entertainment/244.txt", "0+33\n\n2534+202\n\n2738+231",
            "I'd just like to say", "Rachel", SpeakerSource.Pronoun, "she"
        },
        {
            "the agent after 'by' of a passive verb of naming before the quote: have been branded \"…\" by the Liberal Democrats",
            "bbc-fulltext/bbc/politics/146.txt", "34+138",
            "deeply irresponsible", "Liberal Democrats", SpeakerSource.SameSentence, "Liberal Democrats"
        },
        {
            "a quotation broken by a line break before a lower-case word is one paragraph's: … as weather conditions / deteriorate,\" he stated.",
            "dev/html/fundus-za-TheCitizen", "698+300\n999+172\n1172+24",
            "The session reviewed", "Jacob Mamabolo", SpeakerSource.Pronoun, "he"
        },
        {
            "two ordinary words after a lower-case title, the first a known given name, are a name: former shadow attorney general Bill Cash said",
            "bbc-fulltext/bbc/politics/227.txt", "1155+537",
            "very deep", "Bill Cash", SpeakerSource.SameSentence, "attorney general Bill Cash"
        },
        {
            "a person after a title's words that follow the sentence's openers and the day is its subject: On Sunday, Lib Dem leader Charles Kennedy … He told",
            "bbc-fulltext/bbc/politics/227.txt", "1442+338\n\n1782+318\n\n2102+134",
            "real opportunity", "Charles Kennedy", SpeakerSource.Pronoun, "He"
        },
        {
            "'The company said' opening a sentence, with a partial quote after it: the one-word company that was the subject before (Microsoft, not its Xbox)",
            "bbc-fulltext/bbc/tech/015.txt", "0+28\n\n30+114\n\n146+106",
            "preventative step", "Microsoft", SpeakerSource.EarlierMention, "company"
        },
        {
            "'The company said:' opening a sentence: the one-word company named before",
            "bbc-fulltext/bbc/tech/195.txt", "2078+264",
            "The hack came from", "Valve", SpeakerSource.EarlierMention, "company"
        },
        {
            "'it warned' in English: the one-word company when no organisation is named (Turkcell)",
            "bbc-fulltext/bbc/business/092.txt", "1062+317",
            "If management control", "Turkcell", SpeakerSource.Pronoun, "it"
        },
        {
            "someone described by a title and the title of whom they serve is unnamed, kept as the text describes them: Asked about …, the prime minister's official spokesman said:",
            "bbc-fulltext/bbc/politics/379.txt", "1314+225",
            "We believe the threat", "the prime minister's official spokesman", SpeakerSource.SameSentence, "the prime minister's official spokesman"
        },
        {
            "royal title after a title and its place opens the name (Ratu Dewa)",
            "detik-summarization/data_berita.csv#334", "0+67\n68+16\n85+161\n247+93\n341+300",
            "CCTV yang kita pasang", "Ratu Dewa", SpeakerSource.Pronoun, "katanya"
        },
        {
            "Sasak name prefix Lalu after a title and comma",
            "detik-summarization/data_berita.csv#898", "0+57\n58+16\n337+247\n585+197\n815+148",
            "Semakin bagus tingkat", "Lalu Samsul Adnan", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "given name from a quotation's possessive (Robin Butler's) for Lord Butler",
            "bbc-fulltext/bbc/politics/027.txt", "0+31\n\n33+141\n\n847+168\n\n3813+208",
            "bring in bad Bills", "Robin Butler", SpeakerSource.EarlierMention, "Lord Butler"
        },
        {
            "The + a country's adjective opening a sentence, before an auxiliary, is the person introduced with it",
            "bbc-fulltext/bbc/sport/483.txt", "0+31\n\n33+143\n\n744+149",
            "not very good for the sport", "David Nalbandian", SpeakerSource.EarlierMention, "Argentine"
        },
        {
            "the name after a subject's title and its field after 'of', set off by commas, is the subject (Head of the division, Andrew Burke, spoke)",
            "bbc-fulltext/bbc/tech/087.txt", "0+31\n\n33+111\n\n146+664\n\n812+373\n\n1187+687",
            "How risque can I be", "Andrew Burke", SpeakerSource.Pronoun, "he"
        },
        {
            "a country's possessive, a title and its field after 'of', then the name: the sentence's subject (Spain's minister of sport Jaime Lissavetzky)",
            "bbc-fulltext/bbc/sport/257.txt", "0+32\n\n34+140\n\n176+488\n\n666+443\n\n1111+365",
            "Everyone who has a public function", "Jaime Lissavetzky", SpeakerSource.Pronoun, "he"
        },
        {
            "a multi-word outlet's name (the Financial Times) is no organisation 'it' stands for",
            "bbc-fulltext/bbc/business/346.txt", "0+33\n\n182+583\n\n1941+182",
            "significant", "Allianz", SpeakerSource.Pronoun, "it"
        },
        {
            "a capitalised preposition inside a run makes an organisation's name (Reporters Without Borders), not a title and a surname",
            "bbc-fulltext/bbc/tech/035.txt", "0+31\n\n793+315",
            "The authorities are trying", "Reporters Without Borders", SpeakerSource.EarlierMention, "organisation"
        },
        {
            "a fragment quoted inside a sentence whose subject follows an owner's possessive (Britain's Rod Stewart introduced … as …)",
            "bbc-fulltext/bbc/entertainment/291.txt", "0+32\n\n1231+148",
            "one of the best performances", "Rod Stewart", SpeakerSource.SameSentence, "Rod Stewart"
        },
        {
            "\"…,\" balas Raffi: a reply",
            "cnbc-indonesia-sentimenproject/scraped_articles/sbn_ritel_scraped_articles.csv#215", "0+61\n\n116+191\n\n1196+363\n\n2271+34",
            "Seru banget", "Raffi Ahmad", SpeakerSource.EarlierMention, "Raffi"
        },
        {
            "present tense \"he remarks\" after \"On the outskirts of Kyoto, 83-year-old Yuji Shimizu contemplates …\"",
            "bbc-fulltext/bbc/business/287.txt", "0+39\n\n41+240\n\n997+157\n\n1156+90",
            "I think this is because", "Yuji Shimizu", SpeakerSource.Pronoun, "he"
        },
        {
            "\"…,\" wrote analysts from Citigroup Smith Barney: people the article does not name, with where they work",
            "bbc-fulltext/bbc/business/244.txt", "0+32\n\n1495+647",
            "While not common", "analysts from Citigroup Smith Barney", SpeakerSource.SameSentence, "analysts from Citigroup Smith Barney"
        },
        {
            "\"fled the Nazi threat\": a word before a noun, like a country's, is nobody a pronoun refers to",
            "bbc-fulltext/bbc/politics/013.txt", "0+31\n\n33+137\n\n172+633\n\n1112+367",
            "What is the inference", "Michael Howard", SpeakerSource.Pronoun, "He"
        },
        {
            "\"PT Sinar Mas Multifinance\": everything after a company's form is its name (\"Mas\" is also an honorific), and so is the name without it",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#228", "0+58\n\n113+165\n\n824+217",
            "Bunga Obligasi", "PT Sinar Mas Multifinance", SpeakerSource.EarlierMention, "Sinar Mas Multifinance"
        },
        {
            "\"kata manajemen\": the company described at the sentence's start (Emiten konstruksi BUMN, PT Waskita …), not the one after \"dari\"",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#349", "0+61\n\n117+336",
            "Gugatan PKPU", "PT Waskita Karya (Persero) Tbk", SpeakerSource.EarlierMention, "manajemen"
        },
        {
            "\"di bawah AAA.Langkah Fitch ini\": a capitalised word after the stop of a word in capitals starts a new sentence",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#202", "0+61\n\n302+946",
            "Penurunan peringkat AS", "Fitch Ratings", SpeakerSource.EarlierMention, "Fitch"
        },
        {
            "\"by US magazine Mobile PC\": a name after a noun for a news outlet is the outlet's (\"PC\" is also a rank); \"…,\" said the magazine. \"…,\" it concluded: the outlet that spoke last",
            "bbc-fulltext/bbc/tech/009.txt", "0+33\n\n35+101\n\n138+515\n\n655+84\n\n741+96",
            "In the end, we tried", "Mobile PC", SpeakerSource.Pronoun, "it"
        },
        {
            "\"Q Magazine said:\": a magazine closes an outlet's name",
            "bbc-fulltext/bbc/entertainment/106.txt", "0+32\n\n34+110\n\n146+363",
            "A Grand Don't Come", "Q Magazine", SpeakerSource.SameSentence, "Q Magazine"
        },
        {
            "\"said the Sale full-back\": a rugby position is a title, whoever the article named with it",
            "bbc-fulltext/bbc/sport/323.txt", "0+32\n\n1974+384",
            "There is no lack", "Jason Robinson", SpeakerSource.EarlierMention, "full-back"
        },
        {
            "\"Meanwhile, Perpignan centre Jean-Philippe Granclaude is delighted …\": a titled name after an opener is the subject, so \"the youngster said\" is him",
            "bbc-fulltext/bbc/sport/296.txt", "0+31\n\n33+148\n\n328+317",
            "It's incredible", "Jean-Philippe Granclaude", SpeakerSource.EarlierMention, "youngster"
        },
        {
            "\"jelas analis Fitch\": one of an organisation's many analysts, whom the article does not name, kept as described",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#217", "0+60\n\n111+239\n\n827+805",
            "Kegagalan untuk membayar", "analis Fitch", SpeakerSource.SameSentence, "analis Fitch"
        },
        {
            "\"An Investment Ministry official has told …\" … \"he said\": the description ends before the auxiliary verb",
            "bbc-fulltext/bbc/business/389.txt", "0+34\n\n136+485",
            "The most important thing", "An Investment Ministry official", SpeakerSource.Pronoun, "he"
        },
        {
            "\"Mr Bez - himself a former executive at rival Porsche - said …\": the subject before a parenthesis set off by dashes",
            "bbc-fulltext/bbc/business/105.txt", "0+29\n\n31+126\n\n159+589",
            "most affordable car ever", "Ulrich Bez", SpeakerSource.EarlierMention, "Mr Bez"
        },
        {
            "\", Bill Casssidy mengatakan\": an English given name that is also a word opens the name after a comma too",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#269", "0+61\n\n2825+201",
            "Democrat wish list", "Bill Casssidy", SpeakerSource.SameSentence, "Bill Casssidy"
        },
        {
            "\"David Monteith\" … \"explained Mr Montieth\": a surname with two letters side by side swapped is the same person's",
            "bbc-fulltext/bbc/tech/325.txt", "0+33\n\n209+570\n\n781+112\n\n895+232\n\n2226+153\n\n2381+1047",
            "It's important we only", "David Monteith", SpeakerSource.EarlierMention, "Mr Montieth"
        },
        {
            "\"tulis manajemen perusahaan\": not the company that opens a clause after \"bahwa\" (\"disebutkan bahwa PT Pangan Sejahtera Investama (Pasti) akan …\")",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#879", "0+57\n\n108+292\n\n1090+878",
            "Keberadaan Pasti", "PT Tiga Pilar Sejahtera Food Tbk", SpeakerSource.EarlierMention, "manajemen perusahaan"
        },
        {
            "a name set off by a comma from the firm before it keeps its first word though firms use it (\"PT Phillip Sekuritas Indonesia, Anugerah Zamzami Nasr\" … \"imbuh Zamzami\")",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#580", "0+57\n58+31\n90+22\n113+4706",
            "Tapi katalis dari net inflow", "Anugerah Zamzami Nasr", SpeakerSource.EarlierMention, "Zamzami"
        },
        {
            "a title's firm then a comma, then the name: the short form keeps the whole name (\"Direktur Indosterling Aset Manajemen, Fitzgerald Stevan Purba\")",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#499", "0+59\n60+31\n92+17\n110+3564",
            "Target nasabahnya institusi", "Fitzgerald Stevan Purba", SpeakerSource.EarlierMention, "Stevan"
        },
        {
            "\"kata Fitch\" in an article that names the firm (\"Fitch Ratings\") and its branch (\"Fitch Ratings Indonesia\"): the firm",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#227", "0+59\n60+27\n88+22\n111+4624",
            "Penurunan peringkat ini menyusul", "Fitch Ratings", SpeakerSource.EarlierMention, "Fitch"
        },
        {
            "a quotation glued to the stop before it (\"sebulan terakhir.\\\"Pelemahan dollar …\") opens its sentence: a quotation, whose cue is misspelt (\"tutu\")",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#333", "0+39\n40+24\n65+17\n83+2613",
            "Pelemahan dollar AS membantu", "Matt Simpson", SpeakerSource.SameSentence, null
        },
        {
            "a name after a verb whose object is what was said opens the reported clause (\"Gus Ipul menjelaskan Prabowo sangat memperhatikan …\"): the subject before the verb spoke, and a later -nya is theirs",
            "detik-summarization/data_berita.csv#959", "0+67\n\n1478+244\n\n1723+182\n\n1906+303",
            "Saya sampaikan bahwa Pak Presiden", "Saifullah Yusuf", SpeakerSource.Pronoun, "ungkapnya"
        },
        {
            "a dash before a word in lower case sets off an aside, not a dateline (\"DJ Norman Cook - aka Fatboy Slim - has said …\"): the name opening the article is a person's",
            "bbc-fulltext/bbc/entertainment/122.txt", "0+32\n\n34+138\n\n174+1194",
            "Every week when I was making", "Norman Cook", SpeakerSource.Pronoun, "he"
        },
        {
            "\"the letter from Qwest said\": in English a document from someone speaks for them, however the description opens",
            "bbc-fulltext/bbc/business/188.txt", "0+31\n\n33+153\n\n188+566\n\n756+758",
            "We would like to advise you", "Qwest", SpeakerSource.SameSentence, "Qwest"
        },
        {
            "\"An IAAF statement said:\": a document an organisation's name qualifies speaks for the organisation",
            "bbc-fulltext/bbc/sport/081.txt", "0+32\n\n34+143\n\n179+460",
            "The Doping Review Board concluded", "International Association of Athletics Federations", SpeakerSource.EarlierMention, "IAAF"
        },
        {
            "\"says its report\": the organisation \"it\" stands for speaks through its document",
            "bbc-fulltext/bbc/politics/059.txt", "0+32\n\n34+102\n\n138+362\n\n502+824",
            "While we are not in principle opposed", "Electoral Commission", SpeakerSource.Pronoun, "its"
        },
        {
            "\"According to the commission\" after \"the Low Pay Commission\": in English the organisation the article named with the description's last word",
            "bbc-fulltext/bbc/politics/380.txt", "0+31\n\n33+100\n\n135+363\n\n500+550",
            "challenging", "Low Pay Commission", SpeakerSource.EarlierMention, "commission"
        },
        {
            "\"Radio 1 said\": a broadcaster's number closes its name, an organisation's (\"BBC Radio 1\"), which a later \"it\" stands for",
            "bbc-fulltext/bbc/entertainment/231.txt", "0+33\n\n35+146\n\n183+1069\n\n1254+460",
            "It will seek out those making music", "BBC Radio 1", SpeakerSource.Pronoun, "It"
        },
        {
            "\"jelas Pihak DJPPR\": \"Pihak\" before an organisation's name speaks for it, and \"DJPPR Kementerian Keuangan RI\" is the body named in full with \"(DJPPR)\"",
            "cnbc-indonesia-sentimenproject/scraped_articles/ori_scraped_articles.csv#133", "0+60\n61+28\n90+19\n110+2433",
            "Selama republik ini berjalan", "Direktorat Jenderal Pengelolaan Pembiayaan dan Risiko", SpeakerSource.EarlierMention, "DJPPR"
        },
        {
            "\"Civil rights group Liberty said\": in English ordinary words capitalised right after a lower-case noun for an organisation are its name",
            "bbc-fulltext/bbc/politics/370.txt", "0+31\n\n33+133\n\n168+492",
            "racism at the heart", "Liberty", SpeakerSource.SameSentence, "Liberty"
        },
        {
            "'\"…for nine years... \" Hailey later recalled.': in English a quotation that trails off in an ellipsis has not ended its sentence, and the name and verb after it are its cue",
            "bbc-fulltext/bbc/entertainment/016.txt", "0+38\n\n40+182\n\n224+657\n\n883+1295",
            "I fell to daydreaming", "Arthur Hailey", SpeakerSource.EarlierMention, "Hailey"
        },
        {
            "\"The prop said:\" after \"Adam Jones says …\" (headline \"Prop Jones …\"): a rugby position is a title like any other",
            "bbc-fulltext/bbc/sport/337.txt", "0+31\n\n33+150\n\n185+769",
            "If we get stuffed in the front five", "Adam Jones", SpeakerSource.EarlierMention, "prop"
        },
        {
            "\"said ABN Amro chief Asian strategist Eddie Wong\": a region's capitalised adjective inside the lower-case title after a firm's name",
            "bbc-fulltext/bbc/business/354.txt", "0+33\n\n35+131\n\n168+443\n\n613+117\n\n732+1070",
            "Obviously with a lot of loss of life", "Eddie Wong", SpeakerSource.SameSentence, "strategist Eddie Wong"
        },
        {
            "'\"…,\" the Financial Times newspaper quoted an insider in the talks as saying': whoever an outlet of a few words quoted as saying something speaks",
            "bbc-fulltext/bbc/business/409.txt", "0+31\n\n33+115\n\n150+382\n\n534+444\n\n980+1056\n\n2038+991",
            "They were able to move so quickly", "an insider in the talks", SpeakerSource.SameSentence, "an insider in the talks"
        },
        {
            "\"The letter, from the Home Office, says:\": a document's issuer set off by commas speaks",
            "bbc-fulltext/bbc/politics/065.txt", "0+30\n\n32+127\n\n161+321\n\n484+716",
            "I am writing to inform you", "Home Office", SpeakerSource.SameSentence, "Home Office"
        },
        {
            "'\"…soon.\" His friend, Saxon Spence, leader of …, lays the blame … . \"You cannot …\"': someone first named in full as who the sentence between two quotations is about takes the turn",
            "bbc-fulltext/bbc/politics/336.txt", "0+33\n\n35+175\n\n212+707",
            "You cannot underestimate the impact", "Saxon Spence", SpeakerSource.EarlierMention, "Saxon Spence"
        },
        {
            "\"Perempuan yang disapa Leni ini menegaskan\": a name after \"yang disapa\", with or without \"akrab\", is what the person named last is called",
            "detik-summarization/data_berita.csv#504", "0+64\n\n3098+284\n\n3383+348\n\n3732+252",
            "Demokrasi yang substantif", "Maria Magdalena S Seriang", SpeakerSource.EarlierMention, "Leni"
        },
        {
            "\"ujar pria yang akrab disapa Aco\" two paragraphs after \"… Azhar Jaya menyesalkan …\": the person named last, a few paragraphs back",
            "detik-summarization/data_berita.csv#926", "0+77\n\n1109+207\n\n1317+132\n\n1450+222",
            "Sudah ada kesepakatan antara", "Azhar Jaya", SpeakerSource.EarlierMention, "Aco"
        },
        {
            "'\"…,\" said a Juventus official, who declined to be named. \"…,\" he added': a pronoun in the sentence right after is the one described without a name who spoke last",
            "bbc-fulltext/bbc/sport/203.txt", "0+32\n\n34+104\n\n140+588",
            "Then he will meet some important", "a Juventus official", SpeakerSource.Pronoun, "he"
        },
        {
            "\"US behemoth General Electric … declared itself \\\"in great shape\\\"\": in English a rank before ordinary words alone opens an organisation's name",
            "bbc-fulltext/bbc/business/288.txt", "0+33\n\n35+125",
            "in great shape", "General Electric", SpeakerSource.SameSentence, "General Electric"
        },
        {
            "'\"…,\" Dr Mark Tuffy games systems director at digital content firm THX told the BBC News website': a person named in full, then their title in lower case, before the verb",
            "bbc-fulltext/bbc/tech/306.txt", "0+34\n\n36+135\n\n173+399\n\n574+787",
            "In the next generation", "Mark Tuffy", SpeakerSource.SameSentence, "Dr Mark Tuffy"
        },
        {
            "\"Selanjutnya ada CEO Galaxy Digital, Michael Novograts juga bernasib sama\": a title after \"ada\" introduces the person named after it, whom a later \"kata dia\" means",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#182", "0+59\n60+19\n80+17\n98+5392",
            "Saya mungkin satu-satunya pria", "Michael Novograts", SpeakerSource.Pronoun, "kata dia"
        },
        {
            "'\"…,\" kata kepala ekonom untuk Asia Pasifik di Natixis, Alicia Garcia-Herrero': a lower-case title, its field and organisation, then the person who holds it set off by a comma",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#104", "0+56\n57+37\n95+21\n117+13050",
            "Kecuali pembukaan yang sangat", "Alicia Garcia-Herrero", SpeakerSource.SameSentence, "Alicia Garcia-Herrero"
        },
        {
            "a heading run into its paragraph ('Papan Pengembangan BEI' before 'mencatatkan') ends in ordinary capitalised words before an acronym the article writes alone: the acronym alone is the organisation, Bursa Efek Indonesia",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#152", "0+2869",
            "Dengan pencatatan obligasi tersebut", "Bursa Efek Indonesia", SpeakerSource.EarlierMention, "BEI"
        },
        {
            "in English a place after 'into' (tables' [prepositions]) is no subject of the verb after it: 'Lord Butler's report earlier this year into Iraq intelligence said … \"very thin\"' is not Iraq's",
            "bbc-fulltext/bbc/politics/027.txt", "0+4022",
            "very thin", "Robin Butler", SpeakerSource.EarlierMention, "Lord Butler"
        },
        {
            "two capitals are the initials of a person of two words named before them ('kata Yusuf Mansur' … 'Hanya saja YM, panggilan akrabnya, …'), when no one else has them and no organisation is named with them",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#790", "0+5923",
            "kemudian Allah membukakan", "Yusuf Mansur", SpeakerSource.EarlierMention, "YM"
        },
        {
            "in English the lead's person named right after a club's possessive ('Arsenal's Edu has lifted the lid …') is who a later 'he' means, not a person the next sentence names after a preposition",
            "bbc-fulltext/bbc/sport/198.txt", "0+1295",
            "I saw people being pulled apart", "Edu", SpeakerSource.Pronoun, "he"
        },
        {
            "a lead that describes an organisation ('… \"reasonable levels\" …, says the assembly government') is no person the next paragraph opens with ('Finance Minister Sue Essex said')",
            "bbc-fulltext/bbc/politics/101.txt", "0+1895",
            "reasonable levels", "assembly government", SpeakerSource.SameSentence, null
        },
        {
            "in English a word of a place's kind ([place-tails]: 'Republic', 'Square') closes a place's name, never a person's: 'the Netherlands, Portugal and the Czech Republic' is no one a later 'He' means",
            "bbc-fulltext/bbc/politics/093.txt", "0+1584",
            "being less than straightforward", "Charles Kennedy", SpeakerSource.Pronoun, "He"
        },
        {
            "'One woman, Victoria Lapete, found her sister … in Independence Square live on Meeting Point': the square is no one a later 'she' means",
            "bbc-fulltext/bbc/entertainment/213.txt", "0+3479",
            "When we saw each other", "Victoria Lapete", SpeakerSource.Pronoun, "she"
        },
        {
            "'said Sung Won Sohn, chief US economist': in English two ordinary words that open the run right after a verb of speech, before a one-word name, are the given names",
            "bbc-fulltext/bbc/business/121.txt", "0+3026",
            "I think the Federal Reserve does not want", "Sung Won Sohn", SpeakerSource.SameSentence, "Sung Won Sohn"
        },
        {
            "'its director, Tunisian-born Abdellatif Kechiche,': a hyphenated qualifier set off by commas before a name is no part of it",
            "bbc-fulltext/bbc/entertainment/067.txt", "0+1502",
            "wanted to show people we don't normally see", "Abdellatif Kechiche", SpeakerSource.EarlierMention, "Kechiche"
        },
        {
            "'(17/6/2020). Maximilianus Nico Demus, Associate Director … PT Pilarmas Investindo Sekuritas, …' and '\"…,\" kata Nico': a name that opens its sentence with no title before it keeps its first word, though the article shortens it to the second",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#845", "0+4374",
            "Jadi teman teman diharapkan", "Maximilianus Nico Demus", SpeakerSource.EarlierMention, "Nico"
        },
        {
            "'Meanwhile, the Indian Government said the prospects … remained \"very bright\"': 'Government' closes an organisation's name ([organisation-tails]), the subject whose words a fragment quotes",
            "bbc-fulltext/bbc/business/347.txt", "0+1552",
            "very bright", "Indian Government", SpeakerSource.SameSentence, "Indian Government"
        },
        {
            "in English 'the' before the sentence's subject ('However, the BCC found the whole UK economy still faced \"major risks\"') still makes it the subject whose words a fragment quotes",
            "bbc-fulltext/bbc/business/289.txt", "0+1986",
            "major risks", "British Chamber of Commerce", SpeakerSource.EarlierMention, "BCC"
        },
        {
            "in English 'It' opening the sentence, before a verb of expectation ([stance-verbs]: 'It expected 2005 to be a \"transitional year\"'), is the organisation the sentence before spoke for",
            "bbc-fulltext/bbc/business/042.txt", "0+1395",
            "transitional year", "UK Coal", SpeakerSource.Pronoun, "It"
        },
        {
            "'Mr Cherkasky forecast profitable growth for the year ahead \"with an operating margin …\"': a forecast ([stance-verbs]) puts the fragment in its subject's words",
            "bbc-fulltext/bbc/business/103.txt", "0+2807",
            "with an operating margin", "Michael Cherkasky", SpeakerSource.EarlierMention, "Mr Cherkasky"
        },
        {
            "'Mr Blair's government was a \"bossy, interfering government …,\" he added': in English the people named in the clause a pronoun's cue reports, set off by a comma after it, are not who the pronoun means",
            "bbc-fulltext/bbc/politics/367.txt", "0+2848",
            "bossy, interfering government", "Michael Howard", SpeakerSource.Pronoun, "he"
        },
        {
            "'Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\"': the same before a participle's fragment",
            "bbc-fulltext/bbc/politics/367.txt", "0+2848",
            "wrong solution", "Michael Howard", SpeakerSource.Pronoun, "he"
        },
        {
            "'Michael Howard has no doubt it is the prime minister who, he claims, is \"ramming\" …': a pronoun's cue set inside a clause that goes on reports no clause of its own, so the person named before it may be whom it means",
            "bbc-fulltext/bbc/politics/326.txt", "0+2450",
            "ramming", "Michael Howard", SpeakerSource.Pronoun, "he"
        },
        {
            "'Paul Boateng MP, Labour's Chief Secretary to the Treasury, said:': a party's possessive before a capitalised title opens an appositive, so the person named before it speaks, not the Treasury",
            "bbc-fulltext/bbc/politics/054.txt", "0+1454",
            "The Lib Dems' sums don't add up", "Paul Boateng", SpeakerSource.SameSentence, "Paul Boateng MP"
        },
        {
            "'Claude Errera, editor of fansite Halo.Bungie.Org, said:': a site's name that ends in a domain, in any case, is one word and ends no sentence",
            "bbc-fulltext/bbc/tech/139.txt", "0+4352",
            "Bungie got everything right", "Claude Errera", SpeakerSource.SameSentence, "Claude Errera"
        },
        {
            "'But Simon Hart of the Countryside Alliance has questioned …' then '\"…,\" he said': in English a word that opens the sentence does not make the person's name and the institution after 'of' one organisation",
            "bbc-fulltext/bbc/politics/134.txt", "0+850",
            "You can hunt a rat", "Simon Hart", SpeakerSource.Pronoun, "he"
        },
        {
            "'The 58-year-old US singer of Because the Night told The Observer …' with 'singer Jane Birkin' later in the paragraph: in English a title given with an age points back to the person the article is about, never on to a holder named after it",
            "bbc-fulltext/bbc/entertainment/317.txt", "0+1033",
            "material, exploitative and greedy times", "Patti Smith", SpeakerSource.EarlierMention, "singer"
        },
        {
            "'Introducing the band, Springsteen mocked Bono as the man who \"single-handedly pioneered the Irish mullet\"': in English 'mocked' puts a fragment quoted after it in its subject's words",
            "bbc-fulltext/bbc/entertainment/291.txt", "0+850",
            "single-handedly pioneered the Irish mullet", "Bruce Springsteen", SpeakerSource.EarlierMention, "Springsteen"
        },
        {
            "'Tottenham manager Jacques Santini has resigned for \"personal reasons\"': in English 'resigned' (as 'accepted', 'persuade') puts a fragment quoted after it in its subject's words",
            "bbc-fulltext/bbc/sport/202.txt", "0+110",
            "personal reasons", "Jacques Santini", SpeakerSource.SameSentence, "manager Jacques Santini"
        },
        {
            "in English a surname the article gave after a known given name is no place where it follows 'in' ('in Jose Mourinho' then 'in Mourinho they have a manager')",
            "bbc-fulltext/bbc/sport/218.txt", "0+32\n\n216+138\n\n758+209\n\n3232+99",
            "Five-four is a hockey", "Jose Mourinho", SpeakerSource.EarlierMention, "Mourinho"
        },
        {
            "in English 'it' right after a quotation someone's document spoke is that document again, for its writer ('Mr Crosby's statement said: \"…\" It added: \"…\"')",
            "bbc-fulltext/bbc/politics/212.txt", "0+28\n\n173+150 574+356",
            "The Labour Party will be wanting", "Lynton Crosby", SpeakerSource.Pronoun, "It"
        },
        {
            "in English 'the committee' is the committee the article named ('the parliamentary Joint Committee on Human Rights … the cross-party committee stated')",
            "bbc-fulltext/bbc/politics/215.txt", "0+32\n\n1734+90\n\n2130+328",
            "significant risk", "Joint Committee on Human Rights", SpeakerSource.EarlierMention, "cross-party committee"
        },
        {
            "'said Hannah Ward of the Refugee Council': in English a known given name and an ordinary word ('Ward') before 'of' and an institution are the person, of the institution",
            "bbc-fulltext/bbc/politics/106.txt", "0+2908",
            "If we have a moral responsibility", "Hannah Ward", SpeakerSource.SameSentence, "Hannah Ward"
        },
        {
            "'Direktur Perencanaan Bisnis PIS, Wisnu Medan Santoso mengatakan' and later 'jelas Wisnu': a run of name words set off by a comma is the person's name, a city's name ('Medan') inside it and all",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#75", "0+3568",
            "Tentu kapal-kapal unggulan", "Wisnu Medan Santoso", SpeakerSource.EarlierMention, "Wisnu"
        },
        {
            "'\"…,\" said the Spurs sporting director': in English 'the', a club's one-word name and a lower-case title closing the cue are the holder of that title the article named ('Tottenham sporting director Frank Arnesen')",
            "bbc-fulltext/bbc/sport/207.txt", "0+2309",
            "That is absolute nonsense", "Frank Arnesen", SpeakerSource.EarlierMention, "sporting director"
        },
        {
            "'\"…,\" kata analis di konsultan Energy Aspects': an unnamed title's holder ([unnamed-roles]) at an organisation after 'di' and a lower-case word for its kind, kept as the text describes them",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#449", "0+2535",
            "DataEIA terus menimbulkan", "analis di konsultan Energy Aspects", SpeakerSource.SameSentence, "analis di konsultan Energy Aspects"
        },
        {
            "'\"…,\" the central bank's vice president Farhat Omar Ben Gadaravice said': a lower-case word and a possessive after 'the', a title, then a name of four words, before the verb",
            "bbc-fulltext/bbc/business/301.txt", "0+1071",
            "We are in the process of opening", "Farhat Omar Ben Gadaravice", SpeakerSource.SameSentence, "vice president Farhat Omar Ben Gadaravice"
        },
        {
            "'Chief executive Jim Skinner attributed an 8.3% increase … to the \"vitality of our menu\"': attributing ([stance-verbs]) puts the fragment in its subject's words",
            "bbc-fulltext/bbc/business/226.txt", "0+1797",
            "vitality of our menu", "Jim Skinner", SpeakerSource.SameSentence, "Chief executive Jim Skinner"
        },
        {
            "'… keamanan nasional AS.\"[Ada] bukti kredibel …,\" kata Trump': a mark glued after a stop and before an editor's bracket opens a quotation",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#805", "0+2600",
            "[Ada] bukti kredibel", "Donald Trump", SpeakerSource.EarlierMention, "Trump"
        },
        {
            "'Sale host Bath in the Powergen Cup on Friday, but the Frenchman …': an event's or a prize's word ([organisation-tails]: Cup, Festival, Awards …) closes an organisation's name, no person a later 'he' means",
            "bbc-fulltext/bbc/sport/358.txt", "0+2661",
            "If five players or more", "Philippe Saint-Andre", SpeakerSource.Pronoun, "he"
        },
        {
            "'Spaniard Guillermo Garcia-Lopez beat …': in English a noun for a person of a country ([demonym-nouns]) opening the run is no part of the name",
            "bbc-fulltext/bbc/sport/477.txt", "0+1981",
            "I think this was the most important win", "Guillermo Garcia-Lopez", SpeakerSource.Pronoun, "he"
        },
        {
            "'… kata Rini' then 'Pihaknya pun akan mengikuti arahan Presiden Prabowo Subianto …. Prabowo sebelumnya telah menargetkan …' then 'ujarnya': someone named before the last speaker spoke, who only acts in the narrative, does not take a -nya cue from them",
            "detik-summarization/data_berita.csv#638", "0+2187",
            "Presiden 2028 tuh kan harus ada", "Rini Widyantini", SpeakerSource.Pronoun, null
        },
        {
            "'says JK, also known as Jason King. \"For years …' then 'says King, 30': a stop after a role that is a whole word ('King', 'Tory') ends the sentence; only the roles the tables write short ([abbreviated-roles]: 'Sen.', 'Plt.') keep it",
            "bbc-fulltext/bbc/entertainment/284.txt", "0+3114",
            "So listeners will get the advantage", "Jason King", SpeakerSource.EarlierMention, "King"
        },
        {
            "'The federation said CSOs … . But the government said the move would help police \"build safe communities\"': a government the article never named ([outlet-nouns] +government) is the government, not the latest organisation",
            "bbc-fulltext/bbc/politics/239.txt", "0+2483",
            "build safe communities", "the government", SpeakerSource.SameSentence, "the government"
        },
        {
            "'Dalam PP No.23 Tahun 2022 Pasal 59 Ayat 2 berbunyi …' then '\"…,\" tulis pemerintah dalam PP 23': a government never named is the government as written, not the latest organisation nor the person named last",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#194", "0+4094",
            "Komisaris dan dewan pengawas bertanggung", "pemerintah", SpeakerSource.SameSentence, "pemerintah"
        },
        {
            "'Pemerintah memperkirakan …' then '\"…,\" jelas pemerintah': the government the article named with the noun alone",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#447", "0+3929",
            "Kebijakan dalam memitigasi risiko", "Pemerintah", SpeakerSource.EarlierMention, "pemerintah"
        },
        {
            "'Bosses of Deutsche Boerse and the London Stock Exchange …' then 'the LSE': 'Exchange' closes an organisation's name ([organisation-tails]), whose acronym then joins it",
            "bbc-fulltext/bbc/business/392.txt", "0+2153",
            "significantly-improved proposal", "London Stock Exchange", SpeakerSource.Pronoun, "it"
        },
        {
            "'\"… how many red cards he was shown,\" said an SFA statement.': after the verb, a document named with an organisation's name speaks for it, as 'An SFA statement said' does before the quotation",
            "bbc-fulltext/bbc/sport/147.txt", "0+1936",
            "We don't know how many red cards he", "Scottish Football Association", SpeakerSource.EarlierMention, "SFA"
        },
        {
            "'Wartawan Al Jazeera Katrina Yu mengatakan …' then 'kata Yu': an outlet's name the tables know ([outlets]) ends the name of the person after it",
            "cnbc-indonesia-sentimenproject/scraped_articles/Pengaruh_Makroekonomi_scraped_articles.csv#9", "0+6340",
            "Mereka mengatakan ini adalah koridor", "Katrina Yu", SpeakerSource.EarlierMention, "Yu"
        },
        {
            "'\"…,\" ungkap Head of Marketing Deposito BPR by Komunal Vera Rosana dalam keterangan tertulis': a capitalised title with no name whose field and organisation run on to a person's full name is that person's",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#105", "0+5437",
            "Deposito BPR sudah pasti aman", "Vera Rosana", SpeakerSource.SameSentence, "Komunal Vera Rosana"
        },
        {
            "'\"…,\" ungkap kata Ramdan Denny Prakoso, Direktur …': a verb of speech printed twice is one cue",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#186", "0+2753",
            "Nanti TD Valas tenor yang sama", "Ramdan Denny Prakoso", SpeakerSource.SameSentence, "Ramdan Denny Prakoso"
        },
        {
            "'Ms Simonetti said … . One of them was asked to stop blogging by his company …' then 'she said': the subject of a passive verb of speech heard it, and is no unnamed speaker a pronoun goes to",
            "bbc-fulltext/bbc/tech/102.txt", "0+4354",
            "If they had asked me just take down", "Ellen Simonetti", SpeakerSource.Pronoun, "she"
        },
        {
            "in English 'Al' opening a name before a capitalised word that names no organisation is the given name, not a particle read as a title ('Al Aynsley-Green')",
            "bbc-fulltext/bbc/politics/057.txt", "0+1303",
            "I will be drawing on my experience", "Al Aynsley-Green", SpeakerSource.Continuation, null
        },
        {
            "ordinary words and a place whose initials the bracket spells name an organisation, which its acronym stands for later ('Jaringan Pemantau Pendidikan Indonesia (JPPI)' … 'tulis JPPI')",
            "detik-summarization/data_berita.csv#802", "0+3032",
            "Ironisnya, meskipun serapannya buruk", "Jaringan Pemantau Pendidikan Indonesia", SpeakerSource.EarlierMention, "JPPI"
        },
        {
            "a firm whose name reads like a person's ([firms]) after a title many hold is one of its people the article does not name: 'kata analis Morgan Stanley'",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#804", "0+4696",
            "Kami memperkirakan dolar AS", "analis Morgan Stanley", SpeakerSource.SameSentence, "analis Morgan Stanley"
        },
        {
            "a firm's name of [firms] ends the name of the person after it: 'kata analis logam mulia Standard Chartered Suki Cooper'",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#514", "0+3203",
            "Emas tampak nyaman", "Suki Cooper", SpeakerSource.SameSentence, null
        },
        {
            "an unnamed title of [unnamed-roles] before a firm's mention that starts after it: 'kata ahli strategi JP Morgan dalam sebuah catatan'",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#554", "0+2929",
            "Kompetisi antara bitcoin", "ahli strategi JP Morgan", SpeakerSource.SameSentence, "ahli strategi JP Morgan"
        },
        {
            "'Teuku', Acehnese nobility, stays in the name as a name prefix ([name-prefixes]) though the article goes on with 'kata Ali'",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#25", "0+2333",
            "Mereka melihat profil profitabilitas", "Teuku Ali Usman", SpeakerSource.EarlierMention, "Ali"
        },
        {
            "a two-word name whose given name is cut short is the person named in full with the same surname ('Sandiaga Uno' … 'Sandi Uno')",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#195", "0+3083",
            "Fed sudah sinyal akan ada rate hike", "Sandiaga Uno", SpeakerSource.EarlierMention, null
        },
        {
            "a firm of [firms] after a title is the title's organisation, no person's name ('kata CEO Standard Chartered' after 'Bill Winters, CEO Standard Chartered')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#195", "0+2905",
            "Mereka mencoba mengelola transisi", "Bill Winters", SpeakerSource.EarlierMention, null
        },
        {
            "a capitalised unnamed title before a firm of [firms] is one of its people ('kata Ekonom Bahana')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#222", "0+3513",
            "Kami melihat pengetatan likuiditas", "Ekonom Bahana", SpeakerSource.SameSentence, null
        },
        {
            "'Under-Secretary' is a title ([roles]), no part of the name: 'Treasury Under-Secretary John Taylor'",
            "bbc-fulltext/bbc/business/241.txt", "0+4472",
            "The US is completely committed", "John Taylor", SpeakerSource.Pronoun, null
        },
        {
            "a capitalised word alone before the verb that is a word of a person's name is that person, though it is also a plural ('Banks told the club's website' after 'Chelsea physio Mike Banks')",
            "bbc-fulltext/bbc/sport/114.txt", "0+1676",
            "The fractures are tiny", "Mike Banks", SpeakerSource.EarlierMention, "Banks"
        },
        {
            "a hyphenated qualifier before a name and ', who' stays a description, not a word of the name ('Man-of-the-match Stephen Jones, who kicked …'), so 'he said' is him",
            "bbc-fulltext/bbc/sport/292.txt", "0+1273",
            "It's just a special moment", "Stephen Jones", SpeakerSource.Pronoun, "he"
        },
        {
            "a full name right after a quotation closed by its own comma, then a comma and who they are, with no verb, is its source ('\"…,\" Thomas Laryea, pakar hukum …')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#66", "0+6011",
            "Kerangka kerja belum", "Thomas Laryea", SpeakerSource.SameSentence, "Thomas Laryea"
        },
        {
            "'Reverend Eldon Phillips said': 'Reverend' is an honorific ([honorifics]), no part of the name",
            "bbc-fulltext/bbc/sport/362.txt", "0+1292",
            "It is a shame that fixtures", "Eldon Phillips", SpeakerSource.SameSentence, "Reverend Eldon Phillips"
        },
        {
            "an unnamed speaker described with an organisation and its bracketed short name keeps the description, not the bracket ('A spokesman for the British Phonographic Industry (BPI) said')",
            "bbc-fulltext/bbc/entertainment/103.txt", "0+2317",
            "within the first half", "A spokesman for the British Phonographic Industry", SpeakerSource.SameSentence, "A spokesman for the British Phonographic Industry"
        },
        {
            "'he said' after 'The BPI spokesman described … as \"a great success\"' is that unnamed spokesman, whom the article described before",
            "bbc-fulltext/bbc/entertainment/103.txt", "0+2317",
            "It has provided a focus", "A spokesman for the British Phonographic Industry", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian a title of two words or more after a full name, with no comma, is no part of the name ('kata Anto Prabowo Deputi Komisioner Humas dan Logistik OJK')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#340", "0+5398",
            "Kondisi stabilitas itu", "Anto Prabowo", SpeakerSource.SameSentence, "Anto Prabowo"
        },
        {
            "'sheriff' is a title ([roles]), no part of the name after it ('Jefferson Parish Sheriff Harry Lee said')",
            "bbc-fulltext/bbc/entertainment/279.txt", "0+1806",
            "I'm not pleased", "Harry Lee", SpeakerSource.SameSentence, "Jefferson Parish Sheriff Harry Lee"
        },
        {
            "'matchwinner' is a title ([roles]), not the given name of the surname after it ('Matchwinner Keane was another full of praise' after 'Robbie Keane')",
            "bbc-fulltext/bbc/sport/217.txt", "0+1878",
            "It was great play from Damien", "Robbie Keane", SpeakerSource.EarlierMention, null
        },
        {
            "three letters that open a long given name the article prints are that person's short name ('Rionald Silaban' … 'kata Rio')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#157", "0+4528",
            "Diharapkan dengan ketersediaan", "Rionald Silaban", SpeakerSource.EarlierMention, "Rio"
        },
        {
            "an Indonesian given name's closing 'y' written 'i' is the same name ('Hery Gunardi' … 'kata Heri')",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#521", "0+2285",
            "UAE adalah pusat keuangan", "Hery Gunardi", SpeakerSource.EarlierMention, "Heri"
        },
        {
            "'He said:' right after a sentence whose subject the text describes as a person ('Piers Freelove is senior benefit officer …') is that person, though the name shows no gender and a man was named before",
            "bbc-fulltext/bbc/politics/210.txt", "0+3056",
            "The majority of people", "Piers Freelove", SpeakerSource.Pronoun, "He"
        },
        {
            "'chamber' closes an institution's name before 'of' ([organisation-tails]): 'the British Chamber of Commerce (BCC) has said', so 'the BCC said' is it",
            "bbc-fulltext/bbc/business/289.txt", "0+1986",
            "Despite some positive news", "British Chamber of Commerce", SpeakerSource.EarlierMention, "BCC"
        },
        {
            "in English a committee of either House is named by the House and the lower-case words before 'committee' ('the Commons science and technology committee')",
            "bbc-fulltext/bbc/politics/016.txt", "0+1505",
            "absolute crisis", "Commons science and technology committee", SpeakerSource.SameSentence, "Commons science and technology committee"
        },
        {
            "'SEVP' is a title ([roles]) that ends the name before it ('Branko Windoe SEVP Treasury and International Banking BCA' … 'kata Branko')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#167", "0+10131",
            "Biasanya kita akan melihat", "Branko Windoe", SpeakerSource.Pronoun, null
        },
        {
            "in Indonesian an English title after a name the article writes alone ends the name ('Jonathan Gunawan Equity Analyst Trimegah Sekuritas menerangkan' … 'kata Jonathan')",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#10", "0+4428",
            "Semua bank big caps", "Jonathan Gunawan", SpeakerSource.EarlierMention, "Jonathan"
        },
        {
            "a firm of [firms] ends the name of the person after it when the article writes that one word alone ('Portfolio Manager Schroders Irwanti menyampaikan' … 'kata Irwanti')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#666", "0+2509",
            "Total AUM saat ini", "Irwanti", SpeakerSource.SameSentence, "Irwanti"
        },
        {
            "a firm's first word alone, where an ampersand joins it to the rest, is the firm ('Marsh' after 'Marsh & McLennan'), and 'former Marsh senior vice president' names no 'Marsh'",
            "bbc-fulltext/bbc/business/060.txt", "0+914",
            "neither admits nor denies", "Marsh & McLennan", SpeakerSource.EarlierMention, "Marsh"
        },
        {
            "a fragment no cue attributes, in the same sentence as the fragment before it, is the same speaker's ('Menurut Daniel Hong, dia diperlakukan sebagai \"calon penjahat\" merupakan \"keterlaluan …\"')",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#136", "0+2309",
            "keterlaluan dan tidak", "Daniel Hong", SpeakerSource.SameSentence, null
        },
        {
            "the same in English: 'Mr Livingstone, who says he is \"standing by\" his remarks, had accused … of being like a \"concentration camp guard\"'",
            "bbc-fulltext/bbc/politics/154.txt", "0+2873",
            "concentration camp guard", "Ken Livingstone", SpeakerSource.EarlierMention, null
        },
        {
            "[firms] morningstar ends the name of the person after it ('Morningstar Maria Rivas' … 'kata Rivas')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#141", "0+4624",
            "Khususnya untuk debitur di Inggris", "Maria Rivas", SpeakerSource.EarlierMention, null
        },
        {
            "'perwakilan' before an organisation ([unnamed-roles]) is one of its people the article does not name ('kata perwakilan OPPO Indonesia')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#35", "0+3303",
            "Tentunya OPPO bersama", "perwakilan OPPO Indonesia", SpeakerSource.SameSentence, "perwakilan OPPO Indonesia"
        },
        {
            "in English 'The rapper's spokesman said': a title in lower case whose holder's possessive stands before the spokesman's title, three words in all, is someone unnamed, kept as described (not the rapper)",
            "bbc-fulltext/bbc/entertainment/115.txt", "0+1533",
            "untrue", "The rapper's spokesman", SpeakerSource.SameSentence, "The rapper's spokesman"
        },
        {
            "'said the spokesman' after 'A spokesman for the Home Office said …' (a sentence with no quote of its own) is that spokesman, kept as described, not the Home Office",
            "bbc-fulltext/bbc/politics/078.txt", "0+3979",
            "We are developing a returns", "A spokesman for the Home Office", SpeakerSource.EarlierMention, "spokesman"
        },
        {
            "in English an unnamed speaker's description stops at a participle that tells where the words were heard ('said one analyst quoted by the Agence France Presse news agency')",
            "bbc-fulltext/bbc/business/435.txt", "0+2618",
            "Currently, I think the strategic", "one analyst", SpeakerSource.SameSentence, "one analyst"
        },
        {
            "in Indonesian an unnamed speaker's description stops at a word for how or when the words were said ('kata salah satu petugas negosiator melalui pengeras suara')",
            "detik-summarization/data_berita.csv#847", "0+2669",
            "Silakan sampaikan aspirasinya", "salah satu petugas negosiator", SpeakerSource.SameSentence, "salah satu petugas negosiator"
        },
        {
            "in English an article and a word of mood before a surname the article gives alone ('a tearful Claxton told BBC Sport') is that person, not a description",
            "bbc-fulltext/bbc/sport/058.txt", "0+1600",
            "I'm so happy", "Claxton", SpeakerSource.SameSentence, "Claxton"
        },
        {
            "in Indonesian a word of [org-words] that ends an organisation's name elsewhere in the article ends it before a one-word name after a title ('Direktur Utama Waskita Karya Mursyid mengatakan' where the article writes 'PT Waskita Karya (Persero) Tbk')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#49", "0+1300",
            "Sampai dengan saat ini, Perseroan", "Mursyid", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in Indonesian a lone 'I' after a title's bracketed short name is the title's number, not a Balinese name's opening ('Wakil Menteri Badan Usaha Milik Negara (BUMN) I Pahala Mansury')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#152", "0+1300",
            "Kami harap sebelum akhir", "Pahala Mansury", SpeakerSource.EarlierMention, "Pahala"
        },
        {
            "in Indonesian a word alone that the article writes right after 'PT' is the company, not a person, so '-nya' after a sentence it opens goes to the person named before ('Aldiracita akan melakukan …' after 'President Director PT Aldiracita Sekuritas Indonesia Rudy Utomo')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#110", "0+2231",
            "Ke depan kita lihat ini peluang", "Rudy Utomo", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "in Indonesian the name a report is taken from ([cited-from]: 'Melansir Coindesk, Do Kwon menghabiskan …') is an outlet, so a later 'katanya' goes to the person, not to it",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#203", "0+1775",
            "Sementera ekonomi yang terdesentralisasi", "Do Kwon", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in English '…, said Sandvine's chief technology officer Marc Morin.' makes the titled person after the organisation's possessive the one who spoke, so a later 'he said' is him, not the organisation",
            "bbc-fulltext/bbc/tech/221.txt", "0+2144",
            "The explosion in Xbox Live", "Marc Morin", SpeakerSource.Pronoun, "he"
        },
        {
            "the same after a sentence that reports speech with no quotation ('…, said Sun's chief operating officer Jonathan Schwartz. \"Why build … for a buck an hour?\" he asked'): not 'Sun Grid'",
            "bbc-fulltext/bbc/tech/022.txt", "0+1793",
            "Why build your own grid", "Jonathan Schwartz", SpeakerSource.Pronoun, "he"
        },
        {
            "in English the last speaker, named again as the one doing something after the person a pronoun would otherwise go to, goes on ('Youngsters Ben Hudell, … would be options should Mourinho decide … . Bridge's injury also means Mourinho, who …' then '\"…,\" he said')",
            "bbc-fulltext/bbc/sport/111.txt", "0+2100",
            "He (Bridge) has no chance", "Jose Mourinho", SpeakerSource.Pronoun, "he"
        },
        {
            "in English the subject of a cue reaches past a relative clause set off by commas ('A spokesman for the British Casino Association, which represents the UK industry, said …'): the description, not the organisation",
            "bbc-fulltext/bbc/politics/377.txt", "0+1708",
            "UK Las Vegas", "A spokesman for the British Casino Association", SpeakerSource.SameSentence, "A spokesman for the British Casino Association"
        },
        {
            "a name and the other name the article gives it with a phrase of the language's [alias-phrases] are one person, under the fuller name, even when the first is initials read as an organisation's ('says JK, also known as Jason King')",
            "bbc-fulltext/bbc/entertainment/284.txt", "0+700",
            "Radio 1's chart show is an institution", "Jason King", SpeakerSource.EarlierMention, "JK"
        },
        {
            "the same in Indonesian ('kepada Bripka Eko atau akrab disapa Abah Eko'): the person the article names in full elsewhere, not a second one called 'Abah Eko'",
            "detik-summarization/data_berita.csv#266", "0+2071",
            "Terima kasih atas kehadiran", "Eko Julianto", SpeakerSource.EarlierMention, "Eko"
        },
        {
            "someone the article first names, with a title, as the subject of the sentence right before a quotation with no cue, after the sentence of the previous quotation's cue ('\"…,\" said Nadal afterwards. US coach Patrick McEnroe wants Roddick … . \"I think …\"'): theirs, not a continuation",
            "bbc-fulltext/bbc/sport/469.txt", "0+2100",
            "I think it will help these guys", "Patrick McEnroe", SpeakerSource.EarlierMention, "US coach Patrick McEnroe"
        },
        {
            "a person the body names by one word takes the surname the headline writes right after it, before a colon ('Ulang Tahun ke-52, Atalarik Syach: Ultah di Pengadilan …' over 'ungkap Atalarik'); not a headline's bare verb ('Megawati Ajak Anak …', as the body writes 'diajak')",
            "detik-summarization/data_berita.csv#293", "0+1972",
            "Ulang tahun ke-52. (Harapan", "Atalarik Syach", SpeakerSource.EarlierMention, "Atalarik"
        },
        {
            "the place an organisation's name ends with, in the quote, names the country, not the organisation, so '-nya' still goes on with it ('\"…,\" kata Departemen Keuangan. \"Sistem perbankan Inggris tetap kuat dan tangguh,\" tambahnya' after 'Departemen Keuangan Inggris')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#92", "0+2500",
            "Sistem perbankan Inggris", "Departemen Keuangan Inggris", SpeakerSource.Pronoun, "tambahnya"
        },
        {
            "in English the agent of a passive verb of naming before the quote is who speaks, even a word of a person's name that is also an ordinary word ('was described by Jobs as \"BYODKM…\"' after 'Chief executive Steve Jobs')",
            "bbc-fulltext/bbc/tech/260.txt", "0+2400",
            "BYODKM", "Steve Jobs", SpeakerSource.EarlierMention, "Jobs"
        },
        {
            "in Indonesian a '-nya' right after a quote of people described together goes on with them ('\"…,\" kata para ekonom di DBS. \"Inti dari pemulihan ini …,\" imbuhnya'): not a place named inside the description",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#93", "0+3540",
            "Inti dari pemulihan ini", "para ekonom di DBS", SpeakerSource.Pronoun, "imbuhnya"
        },
        {
            "in Indonesian the word before 'Tbk' in 'PT Kawasan Industri Jababeka Tbk' is the firm's short name, so 'Jababeka' alone later is that firm, joined to it, not a person",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#393", "0+10400",
            "Perseroan telah melaksanakan kegiatan", "PT Kawasan Industri Jababeka Tbk", SpeakerSource.EarlierMention, "Jababeka"
        },
        {
            "a page that lost its paragraph breaks opens a long quote's next paragraph with a mark after a quotation inside it that ends the sentence ('…say 'wow - that's interesting.' \"My personal point of view…'): a quote of its own, the same speaker's",
            "bbc-fulltext/bbc/sport/121.txt", "0+4300",
            "My personal point of view", "Parry", SpeakerSource.Continuation, null
        },
        {
            "a page that lost a quote's closing mark before a short sentence that brings in the next quote with a colon ('…because I was a Muslim. He added: \"The authorities wanted …'): the mark opens a quote, not a close",
            "bbc-fulltext/bbc/politics/100.txt", "0+3000",
            "The authorities wanted to break me", "Martin Mubanga", SpeakerSource.Pronoun, "He"
        },
        {
            "[firms] pefindo ends the name of the person after it when the article writes that name alone ('Chief Economist Pefindo Suhindarto mengatakan' … 'ucap Suhindarto')",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#266", "0+2319",
            "Pasalnya, biaya untuk menerbitkan", "Suhindarto", SpeakerSource.SameSentence, "Suhindarto"
        },
        {
            "in Indonesian a name after 'program' ([outlet-nouns]) is a programme, not a speaker, so 'katanya' after '…, Maximilianus Nico Demus, dalam program Investime Jumat (24/9), mengatakan …' is him",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#288", "0+1100",
            "Baik institusi atau ritel", "Maximilianus Nico Demus", SpeakerSource.Pronoun, "katanya"
        },
        {
            "[firms] ihs markit: the run names the firm, not a person 'Markit' titled 'IHS' ('sebut keterangan tertulis IHS Markit')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#374", "0+4650",
            "Perbaikan yang menembus rekor", "IHS Markit", SpeakerSource.SameSentence, "IHS Markit"
        },
        {
            "in Indonesian a page that lost a full stop glues the next sentence's first word, an ordinary one, to the given name of a person the article named in full ('ungkap Desy Sektor energi berperan …' after 'Desy Israhyanti'): that person",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#475", "0+1700",
            "Untuk emiten pertambangan batubara", "Desy Israhyanti", SpeakerSource.EarlierMention, "Desy Sektor"
        },
        {
            "a social-media handle set off by commas before its verb is the verb's subject, as a full name is ('Kemudian, warganet lainnya @imam_ghzz, mengatakan \"…\"')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#360", "0+6742",
            "di saham kalau ARA", "@imam_ghzz", SpeakerSource.SameSentence, "@imam_ghzz"
        },
        {
            "a handle holds the dots between its letters, and an account's handle before 'yang' and a verb is who posted ('Atau akun @sg.investa yang berkomentar, \"…\"')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#360", "0+6742",
            "saya baru sebulan pindah", "@sg.investa", SpeakerSource.SameSentence, "@sg.investa"
        },
        {
            "a handle and a comma right before a quotation bring in what the account posted ('Ada pula pesan menarik dari @hendra_aja, \"…\"')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#360", "0+6742",
            "ANDALAN NYA KOK BUBBLE", "@hendra_aja", SpeakerSource.SameSentence, "@hendra_aja"
        },
        {
            "a sentence's cue after the quote, followed by the speaker's title and two clauses about their employer: the fourth clause from the end ('…, said Matthew Levitt, senior fellow at the Washington Institute …, which was founded …, a pro-Israel lobbying organization.')",
            "dev/html/fundus-ca-CBCNews", "0+79\n\n1849+262",
            "hard-liner", "Matthew Levitt", SpeakerSource.SameSentence, "Matthew Levitt"
        },
        {
            "in English 'professed' and 'shouting' are verbs of speech ([cue-verbs]): '… when he professed that he would \"no longer be complicit in genocide\"'",
            "dev/html/fundus-us-TheIntercept", "0+98\n\n406+475",
            "no longer be complicit", "Aaron Bushnell", SpeakerSource.Pronoun, "he"
        },
        {
            "in English 'professed' and 'shouting' are verbs of speech ([cue-verbs]): '… and recorded himself shouting \"Free Palestine!\"'",
            "dev/html/fundus-us-TheIntercept", "0+98\n\n406+475",
            "Free Palestine!", "Aaron Bushnell", SpeakerSource.Pronoun, null
        },
        {
            "a user name in lower case with a digit in it, written without an at sign, names its account's owner ('Shortly after the pro-Palestine post, in June 2023, acebush1 wrote, \"…\"')",
            "dev/html/fundus-us-TheIntercept", "0+98\n\n4553+301",
            "I’m sticking it out", "acebush1", SpeakerSource.SameSentence, "acebush1"
        },
        {
            "in Indonesian 'baru-baru ini' ('recently') before the verb is an adverb, not a description ending in a demonstrative: 'Fitch Rating dalam laporannya baru-baru ini mengungkapkan … \"buram\"' (a blank speaker before)",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#199", "0+1568",
            "buram", "Fitch Rating", SpeakerSource.SameSentence, "Fitch Rating"
        },
        {
            "an adverb before the verb ends an unnamed speaker's description: 'Salah satu sumber CNBC Indonesia juga mengatakan …' is 'Salah satu sumber CNBC Indonesia', not '… juga'",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#357", "0+5185",
            "Kasus ini membuat investor", "Salah satu sumber CNBC Indonesia", SpeakerSource.EarlierMention, null
        },
        {
            "in English after the verb, a firm's short name that is no mention of its own, then lower-case titles joined by 'and', then the person who holds them: 'said Nortel president and chief executive Bill Owens' (not Nortel Networks)",
            "bbc-fulltext/bbc/business/425.txt", "0+1478",
            "With the completion of our restatements", "Bill Owens", SpeakerSource.SameSentence, "chief executive Bill Owens"
        },
        {
            "in English a verb of speech's form after a possessive and before a verb is a noun ('Mr Bell's comments were'), so the sentence's own cue speaks: 'The Muslim Council of Britain said Ofsted boss Mr Bell's comments were \"highly irresponsible\"'",
            "bbc-fulltext/bbc/politics/056.txt", "0+3108",
            "highly irresponsible", "Muslim Council of Britain", SpeakerSource.SameSentence, null
        },
        {
            "in English a people's word that is also a surname ([surname-demonyms]) after 'the' and closing the clause is the person the article has been about: '\"It was my first final, a new experience,\" said the German.' (Anna-Lena Groenefeld, not 'German')",
            "bbc-fulltext/bbc/sport/504.txt", "0+757",
            "It was my first final", "Anna-Lena Groenefeld", SpeakerSource.EarlierMention, "German"
        },
        {
            "in English 'Ex-' and a name before a lower-case title is part of the title, and the person after 'and' a second title is the subject past the verb's auxiliaries: 'Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said …'",
            "bbc-fulltext/bbc/politics/111.txt", "0+31\n\n33+151",
            "change the face of British politics", "Robert Kilroy-Silk", SpeakerSource.SameSentence, "East Midlands MEP Robert Kilroy-Silk"
        },
        {
            "in English 'the', a prize's, a place's or a club's name and a word for a person ([person-nouns]) before the verb is the person the article has been about: 'The Oscar winner said … there was a \"desire\"' (Peter Jackson, not the Oscars)",
            "bbc-fulltext/bbc/entertainment/385.txt", "0+1497",
            "desire", "Peter Jackson", SpeakerSource.EarlierMention, "The Oscar winner"
        },
        {
            "in English a person's possessive and a title after an opener set off by a comma is still the title's holder, kept as described: 'On Monday, Mr Blair's spokesman said: \"…\"' (not Tony Blair)",
            "bbc-fulltext/bbc/politics/256.txt", "0+3354",
            "The prime minister is determined", "Mr Blair's spokesman", SpeakerSource.SameSentence, "Mr Blair's spokesman"
        },
        {
            "in Indonesian a title and a full name before a demonstrative name that person, not only a title ('Komite yang dipimpin Menteri Keuangan Sri Mulyani Indrawati itu'), so a later 'Sri Mulyani' is her full name; not 'Profesor Johns Hopkins itu' after 'Universitas Johns Hopkins'",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#1", "0+4404",
            "Dengan kondisi tersebut juga surat", "Sri Mulyani Indrawati", SpeakerSource.EarlierMention, null
        },
        {
            "in English a name after the possessive of an owner that a preposition governs is governed too, so its relative clause does not make it whom the article goes on about: 'Prutton has apologised … and to Arsenal's Robert Pires, who was injured … He said: \"…\"' (Prutton)",
            "bbc-fulltext/bbc/sport/166.txt", "0+1833",
            "It's an horrendous situation", "David Prutton", SpeakerSource.Pronoun, "He"
        },
        {
            "in English the last speaker named again after 'and' with a verb of their own goes on, 'and' opening a clause, not governing a name: '… and Keegan sympathised with Norwich boss Nigel Worthington afterwards. \"…,\" he said.' (Keegan, not Fowler)",
            "bbc-fulltext/bbc/sport/176.txt", "0+1726",
            "I feel a bit for Nigel Worthington", "Kevin Keegan", SpeakerSource.Pronoun, "he"
        },
        {
            "in English 'the' and a title right before the verb, after a subordinator, is the verb's subject, not the sentence's first name: 'Tait … received praise from Robinson afterwards, even if the coach admitted Cardiff was an \"unforgiving place\"' (Robinson)",
            "bbc-fulltext/bbc/sport/299.txt", "0+2482",
            "unforgiving place", "Andy Robinson", SpeakerSource.EarlierMention, "coach"
        },
        {
            "a person's full name after a title and a comma, closing the sentence, is someone the article introduces and turns to: '… dari miliarder kripto dan bos Galaxy Digital, Michael Novogratz. \"…,\" ujarnya' (not Do Kwon, who spoke before)",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#227", "0+3375",
            "Saya mungkin satu-satunya pria", "Michael Novogratz", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "[sentence-openers] untuk itu (also oleh karena itu, dengan demikian, selanjutnya): the name after it is the sentence's subject, so '-nya' after the next quote is theirs ('Untuk itu, Anggota Badan Pelaksana BPKH A Iskandar Zulkarnain mendukung upaya ini …\"…,\" tandasnya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#656", "0+3301",
            "BPKH berkomitmen penuh", "A Iskandar Zulkarnain", SpeakerSource.Pronoun, "tandasnya"
        },
        {
            "a rating agency's name ends in 'Ratings' ([organisation-tails]), so 'Fitch Ratings' is an organisation and 'kata pernyataan lembaga itu' is Fitch; a rating grade ('AAA', [not-speakers]) is never the organisation meant",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#56", "0+5717",
            "Penurunan peringkat AS mencerminkan", "Fitch Ratings", SpeakerSource.EarlierMention, "pernyataan lembaga"
        },
        {
            "a lower-case noun for an agency ('tambah agensi rating tersebut', [outlet-nouns] agensi) is the organisation the article named, not a description of someone unnamed",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#329", "0+5344",
            "Meskipun produksi minyak telah pulih", "Fitch Ratings", SpeakerSource.EarlierMention, "agensi rating"
        },
        {
            "a document noun that opens its sentence names its writer too: 'Laporan mingguan Pratinjau Ekonomi Asia Pasifik Moody's Analytics, yang dirilis …' then '\"…,\" kata laporan itu' (Moody's Analytics, not 'PDB', which no one is)",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#29", "0+4697",
            "Dari segi kebijakan ekonomi", "Moody's Analytics", SpeakerSource.EarlierMention, "laporan"
        },
        {
            "after the verb, a description that names no person (a possessive owner of the title aside), then a person set off by a comma who closes the clause, is who spoke: '\"This picture was the story\", said De Telegraaf's image editor, Peter Schoonen.' (not the newspaper)",
            "bbc-fulltext/bbc/tech/208.txt", "0+3714",
            "This picture was the story", "Peter Schoonen", SpeakerSource.SameSentence, "Peter Schoonen"
        },
        {
            "the apposed person may be named by surname alone when the article gives the full name elsewhere: '\"…,\" kata salah satu pendiri 3AC, Davies kepada Wall Street Journal' (Kyle Davies, not the description)",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#127", "0+7866",
            "Situasi Terra-Luna membuat kami", "Kyle Davies", SpeakerSource.EarlierMention, "Davies"
        },
        {
            "a given name of four letters misspelt by a letter left out inside it is the person the article named in full: 'Menteri BUMN, Erick Thohir menyebut …' then '\"…,\" kata Erik dalam Rapat Kerja' (not a new person 'Erik')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#239", "0+3533",
            "Ada tiga langkah (restrukturisasi)", "Erick Thohir", SpeakerSource.EarlierMention, "Erik"
        },
        {
            "in Indonesian a bare description after the verb closes where the words say how they were reported ('dilansir', 'dikutip', 'dalam', 'saat', 'kepada' …): '\"…,\" tulis penjual dilansir dari OLX' is the seller, kept as the text describes them",
            "cnbc-indonesia-sentimenproject/scraped_articles/ori_scraped_articles.csv#106", "0+1940",
            "Terakhir ganti ban", "penjual", SpeakerSource.SameSentence, "penjual"
        },
        {
            "a bare Indonesian description may name a place after its first word: '\"…,\" kata departemen bisnis Inggris dalam sebuah pernyataan'",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#103", "0+3703",
            "Kami tetap berharap Britishvolt", "departemen bisnis Inggris", SpeakerSource.SameSentence, "departemen bisnis Inggris"
        },
        {
            "an organisation's initials in brackets between its name and the verb still leave the name the verb's subject: '… but \"sustained and deep reform efforts\" are needed …, the International Monetary Fund (IMF) has said.'",
            "bbc-fulltext/bbc/business/107.txt", "0+1873",
            "sustained and deep reform efforts", "International Monetary Fund", SpeakerSource.SameSentence, "International Monetary Fund"
        },
        {
            "in English 'which' after a comma hangs on the organisation before it, whatever governs it: 'It was met with protests by the National Council for Adoption, which said it \"exploits\" sensitive emotions.'",
            "bbc-fulltext/bbc/entertainment/166.txt", "0+1825",
            "exploits", "National Council for Adoption", SpeakerSource.SameSentence, "National Council for Adoption"
        },
        {
            "'menurutnya' set off by commas inside a sentence is a pronoun cue for the fragment quoted after it: 'Padahal, menurutnya, perjanjian diperlukan untuk mengatasi \"salah satu masalah polusi terbesar …\"'",
            "detik-summarization/data_berita.csv#737", "0+4880",
            "salah satu masalah polusi terbesar", "Magnus Heunicke", SpeakerSource.Pronoun, "menurutnya"
        },
        {
            "a verb of speech after a comma and 'seraya', 'sambil' or 'sembari' has the subject of the clause before it, the last to speak in the paragraph: '\"…,\" kata militer, seraya menambahkan bahwa dia telah \"diperiksa secara medis\"'",
            "cnbc-indonesia-sentimenproject/scraped_articles/ori_scraped_articles.csv#40", "0+7580",
            "diperiksa secara medis", "Militer Israel", SpeakerSource.EarlierMention, null
        },
        {
            "in English 'the' and a word for an organisation right before the verb is the subject after an opening phrase with no comma: 'In a filing to US regulators the airline warned of \"inadequate liquidity\"' (Continental Airlines)",
            "bbc-fulltext/bbc/business/404.txt", "0+1575",
            "inadequate liquidity", "Continental Airlines", SpeakerSource.EarlierMention, "airline"
        },
        {
            "[cue-verbs] mencemooh (also berdalih, meneriakkan, bersumpah): 'Ketua DPR Mike Johnson mencemooh demonstrasi tersebut sebagai demo \"Benci Amerika\"'",
            "detik-summarization/data_berita.csv#850", "0+8372",
            "Benci Amerika", "Mike Johnson", SpeakerSource.SameSentence, "Ketua DPR Mike Johnson"
        },
        {
            "in English a person's full name set off by commas right before the verb, after a title, is its subject however long the sentence before it: '… criticised the approach, and European Union ambassador to the WTO, Carlo Trojan, said Iran's application \"must be treated independently …\"'",
            "bbc-fulltext/bbc/business/320.txt", "0+1651",
            "must be treated independently", "Carlo Trojan", SpeakerSource.SameSentence, "Carlo Trojan"
        },
        {
            "[firms] dikti (also indef, celios, tokocrypto): an institution written as one word before the name of the person who speaks for it ends before the name ('Dikti Khairul' is Khairul)",
            "detik-summarization/data_berita.csv#923", "0+8501",
            "Kemdiktisaintek turut berdukacita", "Khairul", SpeakerSource.SameSentence, null
        },
        {
            "in English 'the', a title, 'of a' and a few words is someone at an organisation the article does not name, kept as described, before the verb or after it: '\"…,\" the chief executive of a leading European car maker told BBC News.'",
            "bbc-fulltext/bbc/business/149.txt", "0+3494",
            "We know that in five years", "the chief executive of a leading European car maker", SpeakerSource.SameSentence, "the chief executive of a leading European car maker"
        },
        {
            "in English the subject, up to eight lower-case words ending in 'his', 'her' or 'their' and a noun for their words, and a colon bring in the quotation: 'Johansson was more restrained in his assessment: \"I have to improve my serve …\"'",
            "bbc-fulltext/bbc/sport/453.txt", "0+925",
            "I have to improve my serve", "Joachim Johansson", SpeakerSource.EarlierMention, "Johansson"
        },
        {
            "in English 'the' and a noun is the organisation the article named with that word anywhere in its name: 'The ministry said that it wanted to increase Iraq's \"very low telephone service penetration rate …\"' after \"Iraq's Ministry of Communications\"",
            "bbc-fulltext/bbc/business/129.txt", "0+1040",
            "very low telephone service penetration rate", "Ministry of Communications", SpeakerSource.EarlierMention, "ministry"
        },
        {
            "in English a capitalised word that names no one and a noun for a newspaper or a magazine before the verb is that publication, as the text names it: 'Broadcast magazine said: \"British TV never realised how low it could go …\"'",
            "bbc-fulltext/bbc/entertainment/217.txt", "0+1185",
            "British TV never realised", "Broadcast magazine", SpeakerSource.SameSentence, "Broadcast magazine"
        },
        {
            "in English a participle of speech late in a sentence that opens with a pronoun has that pronoun for its subject, past a conjunction that opens the sentence too: 'But he is not envious, insisting: \"I don't have to be jealous …\"'",
            "bbc-fulltext/bbc/sport/183.txt", "0+1674",
            "I don't have to be jealous", "Jose Mourinho", SpeakerSource.Pronoun, "he"
        },
        {
            "[roles] legal assistant: 'The legal assistant said NBC was \"sending the wrong message …\"' is the person the article is about, Austin Aitken",
            "bbc-fulltext/bbc/entertainment/209.txt", "0+1136",
            "sending the wrong message", "Austin Aitken", SpeakerSource.EarlierMention, "legal assistant"
        },
        {
            "in English a verb of speech right after 'but', with no subject of its own, shares the subject of the sentence's first verb of speech: 'In a statement on Thursday, Euronext said any offer was likely to be solely in cash, but added that: \"There can be no assurances …\"'",
            "bbc-fulltext/bbc/business/279.txt", "0+2516",
            "There can be no assurances", "Euronext", SpeakerSource.SameSentence, null
        },
        {
            "[not-speakers] bc: a year's era before a participle is no one who spoke ('researchers explain … as early as 500 BC saying \"the ancient Romans used oil lamps …\"' has no speaker 'BC')",
            "dev/html/fundus-tz-DailyNewsTZ", "0+8421",
            "the ancient Romans used oil lamps", null, SpeakerSource.None, null
        },
        {
            "in English 'and' between two titles of one person before the name is part of the subject: '\"…,\" GM chairman and chief executive Rick Wagoner said in a statement'",
            "bbc-fulltext/bbc/business/467.txt", "0+1231",
            "GM reported solid overall results", "Rick Wagoner", SpeakerSource.SameSentence, "chief executive Rick Wagoner"
        },
        {
            "in English the apostrophe alone of a possessive that ends in s, before the name of the person who speaks for it: '\"…,\" Atticus' David Slager told the Sunday Times'",
            "bbc-fulltext/bbc/business/203.txt", "0+1758",
            "We are long-term investors", "David Slager", SpeakerSource.SameSentence, "David Slager"
        },
        {
            "[initials-words] berinisial: capital letters the article gives as a person's initials are that person wherever it writes them, not an acronym ('jurnalis berinisial HM' … 'HM mengaku … Dia mengaku bersyukur' … '\"…,\" katanya')",
            "detik-summarization/data_berita.csv#397", "0+2762",
            "Saya ikhlas dan tidak ada dendam", "HM", SpeakerSource.Pronoun, "katanya"
        },
        {
            "in Indonesian someone named since the last speaker spoke as the subject of a passive verb is done to, not the next to speak: 'Presiden Prabowo Subianto disebut akan menerbitkan Keppres' then '\"…,\" jelasnya' is still Luhut",
            "detik-summarization/data_berita.csv#772", "0+1716",
            "Sekarang sedang dikerjakan", "Luhut Binsar Pandjaitan", SpeakerSource.Pronoun, "jelasnya"
        },
        {
            "a person named by initials inside what the last speaker reports after a '-nya' aside does not take the next cue: 'Selain itu, lanjutnya, guru berinisial SR … sudah menyampaikan permohonan maaf' then '\"…,\" katanya' is the head teacher",
            "detik-summarization/data_berita.csv#241", "0+2251",
            "Kami sangat menyayangkan", "Ema Nurnisya Putri", SpeakerSource.Pronoun, "katanya"
        },
        {
            "[passive-cues] ditekankan (also diucapkan, dilontarkan, disuarakan, dibantah, diusulkan, disarankan, diserukan, diamini): the agent after 'oleh' speaks ('Pentingnya kesiapan infrastruktur midstream juga ditekankan oleh Wahyudin Sunarya, VP Marketing … HCML. Ia menyatakan …' then '\"…,\" tegasnya')",
            "detik-summarization/data_berita.csv#719", "0+4569",
            "Tanpa midstream, upstream tidak bisa tumbuh", "Wahyudin Sunarya", SpeakerSource.Pronoun, "tegasnya"
        },
        {
            "in Indonesian an unnamed speaker ends before 'di' and a place, where they were ('\"Beginilah demokrasi!\" teriak ribuan orang di Washington dekat Gedung Capitol AS' is 'ribuan orang')",
            "detik-summarization/data_berita.csv#850", "0+8372",
            "Beginilah demokrasi!", "ribuan orang", SpeakerSource.SameSentence, "ribuan orang"
        },
        {
            "in Indonesian an unnamed speaker ends before a verb of speech of its own ('\"Seperti inilah demokrasi!\" teriak ribuan orang meneriakkan yel-yel di Washington' is 'ribuan orang')",
            "detik-summarization/data_berita.csv#854", "0+2127",
            "Seperti inilah demokrasi!", "ribuan orang", SpeakerSource.SameSentence, "ribuan orang"
        },
        {
            "a title read with a one-word name, a comma and a full name that opens the sentence's verb is the title and the firm it is at, and the full name its subject ('Analis Truist, Keith Lerner memprediksikan …' then '\"…,\" tambahnya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#283", "0+2110",
            "Menurut saya, kita bisa diatur", "Keith Lerner", SpeakerSource.Pronoun, "tambahnya"
        },
        {
            "in Indonesian the person whose statement ('pernyataan', 'ucapan', 'penjelasan', 'keterangan') closes a sentence that names no one before is the next to speak ('Ungkapan itu setidaknya mewakili pernyataan Ketua … OJK Mahendra Siregar.' then '\"…,\" ujarnya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#278", "0+20773",
            "Tidak ada ramalan yang menunjukkan", "Mahendra Siregar", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in English 'the' and an age stand for the person named last, in the paragraph or the one before, though no one was a sentence's subject: 'Norwich have signed Charlton midfielder Graham Stuart …' then '\"…,\" the 34-year-old told Norwich's website'",
            "bbc-fulltext/bbc/sport/186.txt", "0+1755",
            "It was a very easy decision to make", "Graham Stuart", SpeakerSource.EarlierMention, "34-year-old"
        },
        {
            "in English an article, a word of mood and an honorific before the surname of someone the article named in full, whose gender it agrees with, is that person: '\"…,\" a crestfallen Mr Lim confided' after 'Barry Lim'",
            "bbc-fulltext/bbc/politics/259.txt", "0+4145",
            "That was an total disaster", "Barry Lim", SpeakerSource.EarlierMention, "Mr Lim"
        },
        {
            "in English 'already' (also 'still', 'just', 'even') between the subject and its verb is no part of a description: 'Witnesses have already told the trial Mr Blake \"stood out …\"' is 'Witnesses'",
            "bbc-fulltext/bbc/entertainment/169.txt", "0+1367",
            "stood out as being quite nervous", "Witnesses", SpeakerSource.SameSentence, "Witnesses"
        },
        {
            "a person's full name opening the sentence, a comma, their organisation and title, and a second comma before the verb is the subject: 'Paul Randle, Microsoft Windows Client product manager, responded to the figures: \"…\"'",
            "bbc-fulltext/bbc/tech/196.txt", "0+2614",
            "We certainly respect that some customers", "Paul Randle", SpeakerSource.SameSentence, "Paul Randle"
        },
        {
            "in English a surname that opens the sentence right before a pronoun, of someone the article named in full, is who the pronoun means, though the name shows no gender: 'Mendes could not believe the 'goal' was not given after seeing a replay. He said: \"…\"' after 'Pedro Mendes' (not the manager who spoke before)",
            "bbc-fulltext/bbc/sport/283.txt", "0+2675",
            "My reaction on the pitch was to celebrate", "Pedro Mendes", SpeakerSource.Pronoun, "He"
        },
        {
            "in Indonesian a '-nya' cue with no person to go to is the organisation that is the subject of the sentence before the quotation, or of the paragraph before when the quotation opens its own ('KBRI Phnom Penh …' then '\"…,\" lanjutnya')",
            "detik-summarization/data_berita.csv#341", "0+1606",
            "KBRI Phnom Penh berjanji", "KBRI Phnom Penh", SpeakerSource.Pronoun, "lanjutnya"
        },
        {
            "in Indonesian a listed company's filing ('keterbukaan informasi'), 'perseroan' or 'emiten' is the latest listed company (… Tbk) not after a preposition, not a buyer named since ('\"…,\" tulis keterbukaan informasi tersebut' after 'FKS Food & Agri Pte Ltd' is PT Tiga Pilar Sejahtera Food Tbk)",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#876", "0+3486",
            "Bahwa setelah Pelaksanaan Sebagian PMTHMETD", "PT Tiga Pilar Sejahtera Food Tbk", SpeakerSource.EarlierMention, "keterbukaan informasi"
        },
        {
            "a quotation that opens the first line after the date and goes on with its cue is the body's first paragraph, however short, never a standfirst: '\"Tak masalah (di luar atau dalam pemerintahan),\" kata Mardani kepada wartawan, Senin (4/8/2025).'",
            "detik-summarization/data_berita.csv#419", "0+1289",
            "Tak masalah (di luar atau dalam pemerintahan)", "Mardani", SpeakerSource.SameSentence, "Mardani"
        },
        {
            "in English 'the', a band's, club's or firm's name and a title before the verb is the person the title stands for, not the name that qualifies it: '\"…,\" the Black Sabbath singer told reporters' after 'Rock star Ozzy Osbourne'",
            "bbc-fulltext/bbc/entertainment/206.txt", "0+1650",
            "At the end of it I didn't like", "Ozzy Osbourne", SpeakerSource.EarlierMention, "the Black Sabbath singer"
        },
        {
            "a person named between commas after a description of someone unnamed that opens the sentence is its subject, and the next pronoun's: 'Sementara itu, salah satu pengunjung, Nayla Putri, membeli … . Dia mengaku … . \"…,\" ujar dia'",
            "cnbc-indonesia-sentimenproject/scraped_articles/ori_scraped_articles.csv#15", "0+2526",
            "Sushi di sini banyak pilihannya", "Nayla Putri", SpeakerSource.Pronoun, "ujar dia"
        },
        {
            "in English 'The', a title, and an honorific or a known given name is a person with that title, not an organisation opened by 'The' ('The Attorney General Lord Goldsmith has so far not issued any instructions … . He said he would consult … \"in the near future\"')",
            "bbc-fulltext/bbc/politics/137.txt", "0+3514",
            "in the near future", "Goldsmith", SpeakerSource.Pronoun, "He"
        },
        {
            "[document-issuers] apbn kita: a document whose issuer the tables name speaks for its issuer ('\"…,\" tulis dokumen APBN Kita' is Kementerian Keuangan)",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#377", "0+1377",
            "Pembayaran bunga utang yang efisien", "Kementerian Keuangan", SpeakerSource.SameSentence, "APBN Kita"
        },
        {
            "[cue-verbs] likened (also likens): a comparison quoted after the verb is in the subject's words ('Conservative co-chairman Liam Fox likened the two men to \"self-obsessed schoolboys\"')",
            "bbc-fulltext/bbc/politics/256.txt", "0+3354",
            "self-obsessed schoolboys", "Liam Fox", SpeakerSource.SameSentence, null
        },
        {
            "in English 'The government says' before a fragment, with no government named in the article, keeps the government as the text describes it, as after the verb ('The government says the Tories are \"a bit late\"')",
            "bbc-fulltext/bbc/politics/122.txt", "0+3393",
            "a bit late", "The government", SpeakerSource.SameSentence, "The government"
        },
        {
            "the first word alone of a firm of the tables' [firms], after a title in lower case, is the firm, so the firm's name alone later is the firm too ('tulis analis Goldman, …' then '\"…,\" tulis Goldman' after 'Goldman Sachs')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Analisis_Sentimen_scraped_articles.csv#863", "0+3740",
            "Saat [negara] lain terpaksa", "Goldman Sachs", SpeakerSource.EarlierMention, "Goldman"
        },
        {
            "in English a short title in capitals after a given name and a surname that is also a word is no part of the name ('Former welfare minister Frank Field MP criticised …' then '\"…?\" the Labour MP for Birkenhead asked')",
            "bbc-fulltext/bbc/politics/252.txt", "0+3253",
            "What sort of model does it give", "Frank Field", SpeakerSource.EarlierMention, "minister Frank Field MP"
        },
        {
            "[firms] indef: a firm the tables know ends the title before a one-word name where the sentence goes on in lower case ('Ekonom Senior Indef Aviliani mengatakan …' then '\"…,\" katanya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/sbn_ritel_scraped_articles.csv#52", "0+9131",
            "Bank itu kan follow the business", "Aviliani", SpeakerSource.Pronoun, "katanya"
        },
        {
            "a word the article writes alone twice or more, after lower-case words that are no cue, is a firm's before two more capitalised words, so the person's name opens after it ('Direktur Utama Phapros Hadi Kardoko mengatakan' where the article writes 'buatan Phapros' and 'penjualan Phapros')",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#384", "0+19192",
            "Kami pun optimis, pada Desember", "Hadi Kardoko", SpeakerSource.Pronoun, "jelas dia"
        },
        {
            "[roles] drummer (also guitarist, bassist, keyboardist, frontman, vocalist): two band members, each with what they play, joined by 'and' speak together ('\"…,\" singer Gary Lightbody and drummer Jonny Quinn said')",
            "bbc-fulltext/bbc/entertainment/125.txt", "0+1447",
            "I think a lot of bands should go", "Gary Lightbody and Jonny Quinn", SpeakerSource.SameSentence, null
        },
        {
            "an organisation's word of the tables opening a name right after 'dan' that follows a name is the given name, not a title ('tulis Martin Pandiangan dan Kresna Piet Wiryawan, dua analis Pefindo': 'Kresna' as in Kresna Sekuritas)",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#277", "0+3848",
            "Kami memproyeksikan arus kas masuk", "Martin Pandiangan dan Kresna Piet Wiryawan", SpeakerSource.SameSentence, null
        },
        {
            "analysts described, then 'yang dipimpin oleh' and two leaders joined by 'dan', speak through both leaders ('\"…,\" tulis analis Morgan Stanley yang dipimpin oleh Ridham Desai dan Girish Acchipalia')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#121", "0+4969",
            "India memiliki kondisi untuk ledakan", "Ridham Desai dan Girish Acchipalia", SpeakerSource.SameSentence, null
        },
        {
            "in English people described in the plural ('said the researchers') are the two people named together last, not the one named last ('Jonathan Wolpaw and Dennis McFarlane … \"…,\" said the researchers')",
            "bbc-fulltext/bbc/tech/165.txt", "0+2198",
            "The impressive non-invasive", "Jonathan Wolpaw and Dennis McFarlane", SpeakerSource.EarlierMention, null
        },
        {
            "in English people described in the plural are no one person named before, kept as the text describes them, 'the' and all",
            "bbc-fulltext/bbc/entertainment/007.txt", "0+2129",
            "What could have been a didactic", "the judges", SpeakerSource.SameSentence, null
        },
        {
            "a verb of speech misspelt by a letter right after the quotation, before a person, is the cue ('\"…,\" tutu Matt Simpson seperti dikutip dari Reuters': 'tutur')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#333", "0+2696",
            "Pelemahan dollar AS membantu", "Matt Simpson", SpeakerSource.SameSentence, null
        },
        {
            "in English capitalised words that name no one the article knows, right before the verb and opening the sentence, are the speaker as written ('Number 10 said ministers were interested in governing and not a \"soap opera\"')",
            "bbc-fulltext/bbc/politics/095.txt", "0+2622",
            "soap opera", "Number 10", SpeakerSource.SameSentence, null
        },
        {
            "in English people described in the plural, in lower case, after an opening phrase set off by a comma, are the speaker as the text describes them ('At the time, police said a \"physical altercation\" broke out')",
            "bbc-fulltext/bbc/entertainment/154.txt", "0+1153",
            "physical altercation", "police", SpeakerSource.SameSentence, null
        },
        {
            "in English a participle of speech with no subject of its own and no comma before it has the subject of the sentence's first verb of speech ('Douglas Hogg said he opposed the plans for ID cards branding them a \"regressive\" step')",
            "bbc-fulltext/bbc/politics/141.txt", "0+3153",
            "regressive", "Douglas Hogg", SpeakerSource.SameSentence, null
        },
        {
            "in English 'which' after a dash hangs on the organisation before it, as after a comma ('The IAAF - which said it was \"very surprised\" by the decision -')",
            "bbc-fulltext/bbc/sport/089.txt", "0+1702",
            "very surprised", "IAAF", SpeakerSource.SameSentence, null
        },
        {
            "a straight mark glued to a lower-case letter, outside any quotation, before a capitalised word opens a quotation ('… Pemulihan Ekonomi Nasional\"Kita bisa melihat …,\" kata Masyita')",
            "cnbc-indonesia-sentimenproject/scraped_articles/ori_scraped_articles.csv#153", "0+732",
            "Kita bisa melihat bahwa investor", "Masyita Crystallin", SpeakerSource.EarlierMention, null
        },
        {
            "a straight mark right after the one that closed a sentence's quotation opens the next ('… lebih banyak.\"\"Ketika cabang berdekatan …,\" katanya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/kreditur_pemerintah_scraped_articles.csv#329", "0+6415",
            "Ketika cabang berdekatan", "Hans Kwee", SpeakerSource.Pronoun, null
        },
        {
            "a straight mark glued to the stop before it opens a quotation before a number too ('… sebanyak 6,4 kali.\"6,4 kali permintaan oversubscribed …,\" ungkapnya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#618", "0+6974",
            "6,4 kali permintaan", "Orias Petrus Moedak", SpeakerSource.Pronoun, null
        },
        {
            "in English people described in the plural, in lower case, as the subject of a sentence-final cue are the speaker as the text describes them ('… if any \"unusual activity\" was detected, bank officials said.')",
            "bbc-fulltext/bbc/business/185.txt", "0+1891",
            "unusual activity", "bank officials", SpeakerSource.SameSentence, null
        },
        {
            "in Indonesian the person whose opinion a text is said to quote ('mengutip opini pakar X') is who speaks next, not the organisation named before ('Laman tersebut mengutip opini pakar Andree Surianta, … \"…,\" tambahnya')",
            "cnbc-indonesia-sentimenproject/scraped_articles/rating_kredit_scraped_articles.csv#46", "0+5907",
            "Potensi pelonggaran disiplin", "Andree Surianta", SpeakerSource.Pronoun, null
        },
        {
            "[organisation-tails] treasury: 'US Treasury' and 'yield Treasury' name the US Treasury, not a person who takes the next -nya cue ('… imbal hasil US Treasury … \"…,\" paparnya' after Perry Warjiyo)",
            "cnbc-indonesia-sentimenproject/scraped_articles/ust_scraped_articles.csv#63", "0+3983",
            "Kalau debt ceiling-nya tinggi", "Perry Warjiyo", SpeakerSource.Pronoun, null
        },
        {
            "[places] us: the English short form of the United States is a place, no word of the name after it ('kenaikan Yield Treasury US Alamsyah menuturkan')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#157", "0+4526",
            "Sampai dengan saat ini saham big bank", "Alamsyah", SpeakerSource.SameSentence, null
        },
        {
            "a paragraph that opens with a quotation no cue attributes gives it to the person named in full who is the subject of the last sentence of the paragraph before, which quotes no one ('On this subject, Morris appears almost evangelical.' then '\"I was on a cruise …')",
            "bbc-fulltext/bbc/politics/267.txt", "0+4883",
            "I was on a cruise", "Dick Morris", SpeakerSource.EarlierMention, "Morris"
        },
        {
            "[cue-verbs] tell: a speech announced in the future ('Mr Kennedy is to tell the audience: \"…') is the subject's words",
            "bbc-fulltext/bbc/politics/247.txt", "0+1580",
            "Many people in Britain, of all", "Charles Kennedy", SpeakerSource.EarlierMention, null
        },
        {
            "in English 'the', a title's possessive and a title, as the subject of a verb of speech, is someone unnamed whom the next sentence's pronoun goes on with ('The prime minister's official spokesman said … . But he added: \"…\"')",
            "bbc-fulltext/bbc/politics/027.txt", "0+4022",
            "You cannot, in a modern government", "The prime minister's official spokesman", SpeakerSource.Pronoun, "he"
        },
        {
            "in Indonesian a description the article gave to a person it names by initials is that person ('ujar pengemudi Pajero dalam video' after 'pengemudi Pajero berinisial AR')",
            "detik-summarization/data_berita.csv#268", "0+2539",
            "Hayang (mau) diviralin", "AR", SpeakerSource.EarlierMention, "Pajero"
        },
        {
            "in English a word with a capital inside is one name, a brand's ('SonyBMG', 'AllThingsD'), not two words glued by a lost space as Indonesian copies print them ('KeuanganSri'): 'It' stands for 'SonyBMG'",
            "bbc-fulltext/bbc/entertainment/112.txt", "0+987",
            "the most ambitious singles release campaign", "SonyBMG", SpeakerSource.Pronoun, "It"
        },
        {
            "in English a description of someone unnamed may run past a bracketed short form and a relative clause to its verb ('A spokesman for the Association of Payment and Clearing Services (Apacs) which represents the UK's payments industry said …'), and 'he said' after it is that spokesman",
            "bbc-fulltext/bbc/tech/122.txt", "0+4043",
            "There's no concern that there's going to", "A spokesman for the Association of Payment and Clearing Services", SpeakerSource.Pronoun, "he"
        },
        {
            "a sentence of speech may open after an opening phrase and its comma ('On Monday, Tony Blair's official spokesman declined to say whether …'), and 'He said:' after it is that spokesman, not the verb 'to' follows",
            "bbc-fulltext/bbc/politics/042.txt", "0+3199",
            "What's important is that there's a", "Tony Blair's official spokesman", SpeakerSource.Pronoun, "He"
        },
        {
            "a straight opening mark glued to a number's last digit before a capitalised word opens a quotation ('seri ORI 017\"Kalau kita tipe konservatif …')",
            "cnbc-indonesia-sentimenproject/scraped_articles/obligasi_ritel_indonesia_scraped_articles.csv#468", "0+2434",
            "Kalau kita tipe konservatif", "Jason Gozali", SpeakerSource.EarlierMention, "Jason"
        },
        {
            "a straight opening mark glued to a cue's comma before a capitalised word opens a quotation ('Ia melanjutkan,\"Program yang tidak asing …')",
            "detik-summarization/data_berita.csv#692", "0+2551",
            "Program yang tidak asing di negara", "Ali Noer Zaman", SpeakerSource.Pronoun, "Ia"
        },
        {
            "'begitu' ('so') before a verb of speech after the quotation opens a trailing cue, as 'demikian' does: '\"…,\" begitu kata Darmin Nasution'",
            "cnbc-indonesia-sentimenproject/scraped_articles/sbn_ritel_scraped_articles.csv#397", "0+50\n\n106+306",
            "Pasar modal bukan hanya untuk", "Darmin Nasution", SpeakerSource.SameSentence, "Darmin Nasution"
        },
        {
            "in Indonesian an ordinary word the tables know as a given name ('Setia', loyal), opening the name right after the verb of speech, is the name's first word ('ujar Setia Budi Purwadi')",
            "cnbc-indonesia-sentimenproject/scraped_articles/Tren_Yield_scraped_articles.csv#265", "0+49\n\n12220+701",
            "Tanggal pembagian dividen interim", "Setia Budi Purwadi", SpeakerSource.SameSentence, "Setia Budi Purwadi"
        },
        {
            "in English a firm's name whose first word opens the sentence as an ordinary word ('Marks & Spencer has cut prices') keeps it when '&' joins it to the next, so that 'M&S' later is that firm",
            "bbc-fulltext/bbc/business/184.txt", "0+33\n\n35+129\n\n166+316",
            "We are bringing in ranges", "Marks & Spencer", SpeakerSource.EarlierMention, "M&S"
        },
        {
            "in English a French body's name runs on past 'de' and an elided article before a capital ('The Conseil Superieur de l'Audiovisuel (CSA) … said')",
            "bbc-fulltext/bbc/tech/371.txt", "0+33\n\n2030+580",
            "Following the recent success of Freeview", "Conseil Superieur de l'Audiovisuel", SpeakerSource.SameSentence, "The Conseil Superieur de l'Audiovisuel"
        },
        {
            "in English a surname that is also an ordinary word ('Gold'), alone before a verb of speech, is the person the article named in full ('London Irish coach Gary Gold' … 'Gold said:')",
            "bbc-fulltext/bbc/sport/294.txt", "0+24\n\n1044+364\n\n1410+358",
            "For 55 minutes we lived with the best", "Gary Gold", SpeakerSource.EarlierMention, "Gold"
        },
        {
            "in Indonesian a person named right before 'pun' is the sentence's subject wherever the name stands ('Melihat fakta itu hakim Khamozaro pun geleng-geleng kepala. \"…,\" ujarnya')",
            "detik-summarization/data_berita.csv#211", "0+77\n\n1616+193\n\n2421+29\n\n2452+182",
            "Itu baru satu perusahaan loh", "Khamozaro Waruwu", SpeakerSource.Pronoun, "ujarnya"
        },
        {
            "in Indonesian a phrase opened by 'dari' and set off by a comma ('Dari sisi pengembangan kawasan industri, Marfan Trihartiko, …, menggarisbawahi') leaves the name after it the subject",
            "detik-summarization/data_berita.csv#719", "0+69\n\n2694+239\n\n2934+239\n\n3174+276\n\n3451+287",
            "KITB sangat berterima kasih", "Marfan Trihartiko", SpeakerSource.Pronoun, "tuturnya"
        },
        {
            "in English a name set off before ', which' is a body's, not a person's ('Virgin Blue, which is 25% owned by Richard Branson, …. It cut its … forecast by \"approximately 2.5%\"')",
            "bbc-fulltext/bbc/business/474.txt", "0+30\n\n148+613",
            "approximately 2.5%", "Virgin Blue", SpeakerSource.Pronoun, "It"
        },
        {
            "in English 'they' is a group named in the plural in the paragraph before, with no person named since: opposed by the Liberal Democrats. / They have said the scheme is \"…\"",
            "bbc-fulltext/bbc/politics/081.txt", "0+977",
            "deeply flawed", "Liberal Democrats", SpeakerSource.Pronoun, "They"
        },
        {
            "in Indonesian 'tulis keterbukaan tersebut' is the listed company's disclosure, its second word left out: Dalam keterbukaan informasi yang disampaikan perusahaan … \"…,\" tulis keterbukaan tersebut",
            "cnbc-indonesia-sentimenproject/scraped_articles/sukuk_scraped_articles.csv#741", "0+2008",
            "Lebih lanjut Perseroan", "PT Garuda Indonesia Tbk", SpeakerSource.EarlierMention, "keterbukaan"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AttributesTheConstruct(string construct, string text, string quoteStart, string? speaker, SpeakerSource source, string? mention) =>
        Check(construct, text.Replace("\r\n", "\n"), quoteStart, speaker, source, mention);

    [Fact]
    public void BegituWithoutAVerbOfSpeechIsAsSoonAsAndNamesNoSpeaker()
    {
        // "begitu melihat" is "as soon as (he) saw": the thief seen is no speaker of the shout.
        var article = ArticleParser.Parse("""
            Warga Tangkap Pencuri di Cengkareng

            Pemilik motor, Ahmad Fauzi, langsung berteriak "Maling, tolong tangkap dia!" begitu melihat Dedi Kurniawan mendorong motornya keluar pagar.

            "Saya kaget, motor saya sudah di luar pagar," kata Ahmad.
            """);
        Assert.DoesNotContain(article.Quotes, q => q.Speaker?.Name == "Dedi Kurniawan");
        Assert.Equal("Ahmad Fauzi", article.Quotes[^1].Speaker?.Name);
    }

    [SkippableTheory]
    [MemberData(nameof(RealCases))]
    public void AttributesTheConstructInRealText(string construct, string article, string stretches, string quoteStart, string? speaker, SpeakerSource source, string? mention)
    {
        var text = Corpus.Excerpt(article, stretches);
        Skip.If(text is null, $"{article} is not in ../shared on this machine.");
        Check(construct, text, quoteStart, speaker, source, mention);
    }

    private static void Check(string construct, string text, string quoteStart, string? speaker, SpeakerSource source, string? mention)
    {
        var article = ArticleParser.Parse(text);
        var quote = article.Quotes.FirstOrDefault(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal));
        Assert.True(quote is not null, $"{construct}: no quote starts with «{quoteStart}»; quotes: {string.Join(" | ", article.Quotes.Select(q => q.Text))}");
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(source, quote.SpeakerSource);
        if (mention is not null) Assert.Equal(mention, quote.SpeakerMention);
    }

    /// <summary>
    /// Terms, names and titles quoted inside a sentence whose subject opens it are no one's words, though a fragment there is
    /// the subject's (the "acting subject" rule): a single word, words all capitalised, and the subject of a passive verb.
    /// Sentences from the corpus (BBC News; CNBC Indonesia).
    /// </summary>
    [Theory]
    [InlineData("Rodgers was singer with early 1970s rockers Free, who had a global hit with All Right Now, before forming Bad Company, a successful \"supergroup\" with members of King Crimson and Mott the Hoople.", "supergroup")]
    [InlineData("As Turkey's gross domestic output is set to grow by 6% per year on average, Turkey could also help alleviate a labour shortage in \"Old Europe\" once its population comes of age.", "Old Europe")]
    [InlineData("Bitcoin yang sering disebut-sebagai \"emas digital\", anjlok di bawah US$25.500 minggu ini.", "emas digital")]
    [InlineData("Bitcoin disebut sebagai \"emas digital\" oleh para investor ritel.", "emas digital")]
    [InlineData("Music executive Antonio \"LA\" Reid said the label would miss its founder.", "LA")]
    [InlineData("Baseball great David \u201cBig Papi\u201d Ortiz told reporters the deal was done.", "Big Papi")]
    // A title after a word that says one follows, in double quotes too, whoever the sentence names.
    [InlineData("In a memo to staff titled \u201cThe Harder Road,\u201d the chief executive, Oren Katz, said the company had grown too fast.", "The Harder Road")]
    [InlineData("Direktur Eksekutif CORE Mohammad Faisal dalam diskusi bertajuk \"Outlook Ekonomi Dunia dan Pengaruhnya Bagi Indonesia\" mengatakan ekonomi melambat.", "Outlook Ekonomi Dunia")]
    public void ATermInsideASentenceIsNoQuotation(string sentence, string term)
    {
        var article = ArticleParser.Parse($"Headline of the test\n\n{sentence}\n");
        Assert.DoesNotContain(article.Quotes, q => q.Text.StartsWith(term, StringComparison.Ordinal));
    }

    /// <summary>
    /// Words in single quotes are a quotation only when a cue in their sentence names who said them, and they are more than
    /// a word and no title; apostrophes open and close nothing. Sentences from the corpus (CNBC Indonesia, detik).
    /// </summary>
    [Theory]
    [InlineData("Terbaru, Komisi VI DPR menyebut ada sosok 'mafia besar' di balik kasus korupsi tata niaga TINS.", "mafia besar", "Komisi VI DPR")]
    [InlineData("Presiden Jeri juga mengatakan bahwa 'unjuk rasa damai' telah disusupi oleh para penjahat.", "unjuk rasa damai", "Jeri")]
    [InlineData("Sementara untuk jajaran menteri, lebih banyak muncul kata kunci 'terawan agus putranto', 'menkes terawan', 'menterikesehatan', dan 'menteri kesehatan'.", "menteri kesehatan", null)]
    [InlineData("Kepala BKF Febrio Kacaribu mengatakan dalam rilis 'Evaluasi dan Perspektif Ekonomi Terhadap Perekonomian Nasional' bahwa inflasi terkendali.", "Evaluasi dan Perspektif", null)]
    public void WordsInSingleQuotesAreAQuotationOnlyWhenNamedFor(string sentence, string words, string? speaker)
    {
        var article = ArticleParser.Parse($"Judul berita untuk uji\n\nJakarta - {sentence}\n");
        var quote = article.Quotes.FirstOrDefault(q => q.Text.StartsWith(words, StringComparison.Ordinal));
        if (speaker is null) Assert.Null(quote);
        else Assert.Equal(speaker, quote?.Speaker?.Name);
    }

    [Fact]
    public void AnApostropheInsideAWordNeitherOpensNorClosesSingleQuotes()
    {
        var article = ArticleParser.Parse("Judul berita untuk uji\n\nJakarta - Budi Santoso mengatakan analis Moody's memperkirakan 'kenaikan harga yang tajam' pada Jum'at depan.\n");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("kenaikan harga yang tajam", quote.Text);
        Assert.Equal("Budi Santoso", quote.Speaker?.Name);
    }
}
