using System.Net;
using System.Net.Sockets;

namespace TeamSim.Cli.Serving;

/// <summary>
/// A tiny static file server on 127.0.0.1 for the published explorer (<c>teamsim explore</c>):
/// GET and HEAD only, files under one root folder, the content types a Blazor WebAssembly app
/// needs, and the precompressed <c>.br</c>/<c>.gz</c> copies when the browser accepts them.
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".wasm"] = "application/wasm",
        [".dll"] = "application/octet-stream",
        [".pdb"] = "application/octet-stream",
        [".dat"] = "application/octet-stream",
        [".blat"] = "application/octet-stream",
        [".webcil"] = "application/octet-stream",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".woff2"] = "font/woff2",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private Task? _loop;

    /// <summary>Prepares a server for <paramref name="root"/> on 127.0.0.1:<paramref name="port"/> (0 = any free port).</summary>
    /// <exception cref="DirectoryNotFoundException">The root folder does not exist.</exception>
    public StaticFileServer(string root, int port)
    {
        _root = Path.GetFullPath(root);
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"no such folder: {_root}");
        }

        Port = port > 0 ? port : FreePort();
        Address = new Uri($"http://127.0.0.1:{Port}/");
        _listener.Prefixes.Add(Address.ToString());
    }

    /// <summary>The TCP port served.</summary>
    public int Port { get; }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:5290/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The content type sent for a file name (application/octet-stream when unknown).</summary>
    public static string ContentType(string path) =>
        ContentTypes.TryGetValue(Path.GetExtension(path), out string? type) ? type : "application/octet-stream";

    /// <summary>Starts listening and serving in the background.</summary>
    /// <exception cref="HttpListenerException">The port is taken or cannot be bound.</exception>
    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; its last exception is of no interest.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        HttpListenerResponse response = context.Response;
        try
        {
            string method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }

            string? file = Resolve(context.Request.Url?.AbsolutePath ?? "/");
            if (file is null)
            {
                response.StatusCode = 404;
                return;
            }

            string sent = file;
            string accepted = context.Request.Headers["Accept-Encoding"] ?? string.Empty;
            if (accepted.Contains("br", StringComparison.OrdinalIgnoreCase) && File.Exists(file + ".br"))
            {
                sent = file + ".br";
                response.AddHeader("Content-Encoding", "br");
            }
            else if (accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) && File.Exists(file + ".gz"))
            {
                sent = file + ".gz";
                response.AddHeader("Content-Encoding", "gzip");
            }

            response.StatusCode = 200;
            response.ContentType = ContentType(file);
            response.AddHeader("Cache-Control", "no-cache");
            response.AddHeader("Vary", "Accept-Encoding");
            byte[] body = await File.ReadAllBytesAsync(sent).ConfigureAwait(false);
            response.ContentLength64 = body.Length;
            if (method == "GET")
            {
                await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The browser went away or the file vanished; nothing to tell it.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Already closed by the client.
            }
        }
    }

    /// <summary>The file a URL path names, or null; never a file outside the root. Folders serve their index.html.</summary>
    private string? Resolve(string urlPath)
    {
        string relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        string full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
