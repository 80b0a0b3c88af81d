using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NewsReader.Web.Importing;
using Npgsql;
using Xunit.Abstractions;

namespace NewsReader.Web.Tests;

/// <summary>
/// Two app processes on one PostgreSQL library; one is killed (SIGKILL, its whole process tree) while it imports a large
/// batch of archives. The other goes on serving and importing, nothing either stored is partial, and importing the archive again
/// through the survivor stores the rest, each article once.
/// </summary>
public sealed class KilledInstanceTests(ITestOutputHelper output)
{
    private const int Batch = 3000;
    private const int Versions = 20;

    /// <summary>The app's own executable, started with <c>dotnet</c> as a server on a loopback port of its own.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private readonly Process process;
        private readonly System.Text.StringBuilder log = new();

        private AppProcess(Process process, Uri address)
        {
            this.process = process;
            Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        }

        public HttpClient Client { get; }

        public string Log
        {
            get { lock (log) return log.ToString(); }
        }

        public static async Task<AppProcess> StartAsync(string connection, string folder)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
            foreach (var arg in new[]
            {
                typeof(Program).Assembly.Location, $"--urls={address}", "--Database:Provider=Postgres", $"--ConnectionStrings:NewsReader={connection}",
                $"--Database:DataFolder={folder}", "--Reader:ImportSeedsOnFirstRun=false", "--Feeds:PollInBackground=false",
                "--Limits:ImportsPerMinute=10000", "--Limits:SearchesPerMinute=10000", "--Serilog:MinimumLevel:Default=Warning",
            }) start.ArgumentList.Add(arg);
            var app = new AppProcess(Process.Start(start)!, address);
            app.process.OutputDataReceived += (_, line) => app.Append(line.Data);
            app.process.ErrorDataReceived += (_, line) => app.Append(line.Data);
            app.process.BeginOutputReadLine();
            app.process.BeginErrorReadLine();
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                Assert.False(app.process.HasExited, $"the app exited at start-up: {app.Log}");
                try
                {
                    if ((await app.Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return app;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(100);
            }
            throw new TimeoutException($"the app did not answer /healthz within a minute: {app.Log}");
        }

        private void Append(string? line)
        {
            if (line is null) return;
            lock (log) log.AppendLine(line);
        }

        public async Task KillAsync()
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        public Task<List<(string File, string Status)>> ImportAsync(string fileName, byte[] content) => ImportAsync([(fileName, content)]);

        /// <summary>Uploads files in one request to <c>POST /api/import</c>; each file is imported (and committed) in turn.</summary>
        public async Task<List<(string File, string Status)>> ImportAsync(IEnumerable<(string Name, byte[] Content)> files)
        {
            using var form = new MultipartFormDataContent();
            foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
            var fileName = string.Join(", ", form.Select(p => p.Headers.ContentDisposition?.FileName).Take(3)) + "…";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = form };
            request.Headers.Add(ImportApi.ClientHeader, "tests");
            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"import of {fileName}: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("results").EnumerateArray()
                .Select(r => (r.GetProperty("file").GetString()!, r.GetProperty("status").GetString()!)).ToList();
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!process.HasExited) await KillAsync();
            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    private static byte[] Zip(IEnumerable<(string Name, string Text)> files)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }
        return zip.ToArray();
    }

    private static long Scalar(string connection, string sql)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Stored(string connection, string tag) =>
        Scalar(connection, $"""SELECT count(*) FROM "Articles" WHERE "Headline" LIKE '% {tag} Nomor %'""");

    /// <summary>
    /// Nothing partial: every article has all its quote and author rows and its search entry, and an article whose changed
    /// version was imported either still has its first text and no revision, or the new text and the first as one revision.
    /// </summary>
    private static void AssertNothingPartial(string connection)
    {
        Articles.AssertWholeOnPostgres(connection);
        Assert.Equal(0L, Scalar(connection, """
            SELECT count(*) FROM "Articles" a
            WHERE a."Headline" LIKE '% Versi Nomor %'
              AND (SELECT count(*) FROM "Revisions" r WHERE r."ArticleId" = a."Id") <> (CASE WHEN a."Text" LIKE '%naik tajam%' THEN 1 ELSE 0 END)
            """));
    }

    [SkippableFact]
    public async Task KillingOneInstanceMidImportLeavesTheOtherServingAndImportingAndNothingPartial()
    {
        using var database = PostgresTestDatabase.Create();
        var connection = database.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("newsreader-killed-instance-");
        try
        {
            // The first start applies the migrations; the second instance starts on an up-to-date library.
            await using var a = await AppProcess.StartAsync(connection, Path.Combine(folder.FullName, "a"));
            await using var b = await AppProcess.StartAsync(connection, Path.Combine(folder.FullName, "b"));

            // Articles that the batch brings a changed version of, so that the kill can also fall inside an update.
            var firstVersions = Articles.Make(Versions, "Versi");
            Assert.All(await b.ImportAsync("versi.zip", Zip(firstVersions)), r => Assert.Equal("imported", r.Status));
            var batch = firstVersions.Select(f => ("changed-" + f.Name, f.Text.Replace("naik pada", "naik tajam pada", StringComparison.Ordinal)))
                .Concat(Articles.Make(Batch, "Mati")).ToList();
            // The batch as archives of 100: each archive is committed whole, in turn, so a kill falls between or inside them.
            var archives = batch.Chunk(100).Select((files, i) => ($"batch-{i:D2}.zip", Zip(files))).ToList();

            // A imports the batch; B imports files of its own and serves meanwhile; A is killed once part of the batch is in.
            var killedImport = a.ImportAsync(archives);
            var alongside = Task.Run(async () =>
            {
                var results = new List<(string File, string Status)>();
                foreach (var (name, text) in Articles.Make(30, "Hidup"))
                    results.AddRange(await b.ImportAsync(name, System.Text.Encoding.UTF8.GetBytes(text)));
                return results;
            });
            var waited = Stopwatch.StartNew();
            long atKill;
            while ((atKill = Stored(connection, "Mati")) == 0)
            {
                Assert.False(killedImport.IsCompleted, $"A's import ended before any of it was seen: {a.Log}");
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "A stored nothing of the batch within two minutes");
                await Task.Delay(10);
            }
            await a.KillAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => killedImport); // its answer never came
            Assert.InRange(atKill, 1, Batch - 1);

            // B goes on: its own imports all went in, it serves the library and search, and it imports after the kill.
            Assert.All(await alongside, r => Assert.Equal("imported", r.Status));
            Assert.Equal(HttpStatusCode.OK, (await b.Client.GetAsync("/")).StatusCode);
            var search = await b.Client.GetAsync("/search?q=Hidup");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Contains("Harga Komoditas Hidup Nomor", await search.Content.ReadAsStringAsync());
            Assert.All(await b.ImportAsync("sesudah.zip", Zip(Articles.Make(10, "Sesudah"))), r => Assert.Equal("imported", r.Status));
            var afterKill = Stored(connection, "Mati");
            output.WriteLine($"A killed with {atKill} of {Batch} batch articles stored ({afterKill} after B's imports)");
            Assert.InRange(afterKill, atKill, Batch - 1);
            AssertNothingPartial(connection);

            // The whole batch again, through B: the rest is stored, what A committed is unchanged, each article once.
            var again = await b.ImportAsync(archives);
            Assert.Equal(batch.Count, again.Count);
            Assert.Equal(Batch - afterKill, again.Count(r => r.File.Contains("Mati-", StringComparison.Ordinal) && r.Status == "imported"));
            Assert.Equal(afterKill, again.Count(r => r.File.Contains("Mati-", StringComparison.Ordinal) && r.Status == "unchanged"));
            Assert.All(again.Where(r => r.File.Contains("changed-", StringComparison.Ordinal)), r => Assert.Contains(r.Status, new[] { "updated", "unchanged" }));
            Assert.Equal(Batch, Stored(connection, "Mati"));
            Assert.Equal(Batch, Scalar(connection, """SELECT count(DISTINCT "Headline") FROM "Articles" WHERE "Headline" LIKE '% Mati Nomor %'"""));
            Assert.Equal(Versions, Scalar(connection, """SELECT count(*) FROM "Articles" WHERE "Headline" LIKE '% Versi Nomor %' AND "Text" LIKE '%naik tajam%'"""));
            Assert.Equal(Versions, Scalar(connection, """SELECT count(*) FROM "Revisions" """));
            AssertNothingPartial(connection);
            Assert.DoesNotContain("[ERR]", b.Log);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
