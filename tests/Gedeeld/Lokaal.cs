using System.Net;
using System.Net.Sockets;

namespace Assessment.Tests.Gedeeld;

/// <summary>What tests that start real processes on this machine need: a free loopback port and the repository root.</summary>
public static class Lokaal
{
    /// <summary>A TCP port on 127.0.0.1 that is free now (the system picks it).</summary>
    public static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }

    /// <summary>The repository root (where Assessment.sln is).</summary>
    public static string Wortel()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Assessment.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("Assessment.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
