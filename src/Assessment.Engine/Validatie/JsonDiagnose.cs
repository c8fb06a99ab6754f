using System.Text;
using System.Text.Json;

namespace Assessment.Engine.Validatie;

/// <summary>
/// Says in Dutch what is wrong with bytes that do not parse as JSON, and where. System.Text.Json's messages are
/// English and one wording covers several causes (a missing closing brace reads as a depth problem, text after
/// the document as the end of data), so the document is read again token by token and the cause is judged
/// from what was read: the document stops early, text follows the document, it nests too deep, a member
/// occurs twice in one object, or a character that is not allowed.
/// </summary>
internal static class JsonDiagnose
{
    private const string Algemeen = "Daar staat een teken dat in JSON niet is toegestaan, of een komma, haakje of aanhalingsteken ontbreekt.";

    /// <summary>The explanation of <paramref name="fout"/>, the error parsing <paramref name="json"/> with these limits.</summary>
    public static string Beschrijf(ReadOnlySpan<byte> json, JsonException fout, int maxDiepte)
    {
        // Not the final block: where the bytes run out, the reader asks for more instead of failing, so a
        // document that stops early is told apart from one that is wrong where it stands.
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = maxDiepte,
        }));
        var open = new Stack<(char Sluit, HashSet<string>? Namen)>();
        var laatste = JsonTokenType.None;
        var documentKlaar = false;
        string? dubbel = null;
        try
        {
            while (reader.Read())
            {
                laatste = reader.TokenType;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(('}', new HashSet<string>(StringComparer.Ordinal)));
                        break;
                    case JsonTokenType.StartArray:
                        open.Push((']', null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        break;
                    case JsonTokenType.PropertyName when !open.Peek().Namen!.Add(reader.GetString()!) && dubbel is null:
                        dubbel = $"Het voorstel is geen geldige JSON: het veld '{reader.GetString()}' komt twee keer voor in hetzelfde object "
                            + $"({Plaats(json, reader.TokenStartIndex)}); geef elk veld één keer.";
                        break;
                    default:
                        break;
                }

                documentKlaar = open.Count == 0 && laatste != JsonTokenType.PropertyName;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            var volgende = EersteTeken(json, reader.BytesConsumed);
            if (open.Count >= maxDiepte && volgende < json.Length && json[(int)volgende] is (byte)'{' or (byte)'[')
            {
                return $"Het voorstel is geen geldige JSON: het is dieper genest dan {maxDiepte} niveaus ({Plaats(json, volgende)}).";
            }

            if (documentKlaar && volgende < json.Length)
            {
                return $"Na het einde van het JSON-document staat nog tekst ({Plaats(json, volgende)}).";
            }

            return Ongeldig(json, ex as JsonException ?? fout);
        }

        var rest = EersteTeken(json, reader.BytesConsumed);
        if (documentKlaar && rest >= json.Length)
        {
            // Every token is sound: what the document parser refused is a member given twice.
            return dubbel ?? Ongeldig(json, fout);
        }

        var einde = Plaats(json, Einde(json));
        var schoon = rest >= json.Length && laatste is not (JsonTokenType.None or JsonTokenType.PropertyName);
        var sluiters = open.Select(o => o.Sluit).ToList();
        var ontbreekt = sluiters.Count switch
        {
            0 => "",
            1 => $"een afsluitende '{sluiters[0]}'",
            _ => $"{sluiters.Count} afsluitende tekens ({string.Join(", ", sluiters.SkipLast(1).Select(s => $"'{s}'"))} en '{sluiters[^1]}')",
        };
        return (schoon, sluiters.Count) switch
        {
            (true, > 0) => $"De JSON is onvolledig: er {(sluiters.Count == 1 ? "ontbreekt" : "ontbreken")} {ontbreekt} aan het einde ({einde}).",
            (_, > 0) => $"De JSON is onvolledig: het document houdt halverwege op ({einde}) en er {(sluiters.Count == 1 ? "ontbreekt" : "ontbreken")} {ontbreekt}.",
            _ => $"De JSON is onvolledig: het document houdt halverwege op ({einde}).",
        };
    }

    /// <summary>"regel 3, positie 2": line and character in the line, both counted from 1.</summary>
    public static string Plaats(ReadOnlySpan<byte> json, long offset)
    {
        offset = Math.Clamp(offset, 0, json.Length);
        var voor = json[..(int)offset];
        var regel = voor.Count((byte)'\n') + 1;
        var begin = voor.LastIndexOf((byte)'\n') + 1;
        var positie = Encoding.UTF8.GetCharCount(voor[begin..]) + 1;
        return $"regel {regel}, positie {positie}";
    }

    private static string Ongeldig(ReadOnlySpan<byte> json, JsonException ex) =>
        $"Het voorstel is geen geldige JSON: fout op {Plaats(json, Offset(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0))}. {Algemeen}";

    /// <summary>The byte offset of a line (from 0) and a byte position in it, as System.Text.Json reports them.</summary>
    private static long Offset(ReadOnlySpan<byte> json, long regel, long bytePositie)
    {
        var begin = 0;
        for (var r = 0; r < regel; r++)
        {
            var einde = json[begin..].IndexOf((byte)'\n');
            if (einde < 0)
            {
                break;
            }

            begin += einde + 1;
        }

        return begin + bytePositie;
    }

    /// <summary>The first byte from <paramref name="vanaf"/> that is not JSON white space (the length if there is none).</summary>
    private static long EersteTeken(ReadOnlySpan<byte> json, long vanaf)
    {
        var i = (int)Math.Min(vanaf, json.Length);
        var rest = json[i..].IndexOfAnyExcept(" \t\r\n"u8);
        return rest < 0 ? json.Length : i + rest;
    }

    /// <summary>Just after the last byte that is not white space: where the document stops.</summary>
    private static long Einde(ReadOnlySpan<byte> json) => json.LastIndexOfAnyExcept(" \t\r\n"u8) + 1;

    /// <summary>Nothing but white space: no document at all.</summary>
    public static bool IsLeeg(ReadOnlySpan<byte> json) => json.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
