using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using RulesEngine.HelperFunctions;

namespace Assessment.Engine.Regels;

/// <summary>
/// Parses the rules' expressions the way RulesEngine's <c>RuleExpressionParser</c> does (System.Linq.Dynamic.Core,
/// case-sensitive, the same custom types), over the inputs <c>v</c>, <c>a</c> and <c>p</c>, but faster to load:
/// <list type="bullet">
/// <item>its type provider knows its types up front, where RulesEngine's scans every assembly in the process for
/// <c>[DynamicLinqType]</c> on first use (the largest single cost of a cold load);</item>
/// <item>it does not know the enumerations of the <c>System</c> namespace, whose discovery loads every type of the core
/// library (no rule uses one; a rule that would is refused at load, with the parser's message);</item>
/// <item>every expression is parsed once: the analysis of what a rule reads, its three-valued translation and its
/// texts share the tree (expression trees are immutable);</item>
/// <item>all expressions of a rule set can be parsed ahead on all cores (<see cref="ParseVooraf"/>), as parsing is
/// most of the work of loading.</item>
/// </list>
/// A test compares its trees with RulesEngine's for every expression of the shipped rule set.
/// </summary>
internal sealed class Expressieparser
{
    private readonly ParsingConfig _config;
    private readonly ConcurrentDictionary<string, Expression> _bomen = new(StringComparer.Ordinal);

    /// <param name="parameters">The inputs in order: <c>v</c>, <c>a</c>, <c>p</c>.</param>
    /// <param name="typen">The types whose static members an expression may call (RulesEngine's <c>CustomTypes</c>).</param>
    public Expressieparser(IReadOnlyList<ParameterExpression> parameters, IEnumerable<Type> typen)
    {
        Parameters = [.. parameters];
        // Without the enums of the System namespace: finding them scans every type of the core library (~100 ms of a
        // cold load); no rule uses one, and a rule that would is refused at load with the parser's message.
        _config = new ParsingConfig { IsCaseSensitive = true, SupportEnumerationsFromSystemNamespace = false };
        _config.CustomTypeProvider = new VasteTypen(_config, typen);
    }

    public ParameterExpression[] Parameters { get; }

    /// <summary>
    /// Fills System.Linq.Dynamic.Core's static tables (keywords, predefined types) and has its parser compiled by the JIT,
    /// by parsing a constant: a few hundred ms in a cold process. Run on another thread while the rule files are read,
    /// the first real parse finds it done.
    /// </summary>
    public static void WarmOp() => _ = new ExpressionParser([], "1", [], new ParsingConfig { SupportEnumerationsFromSystemNamespace = false }).Parse(null, true);

    /// <summary>The parsed tree of <paramref name="expressie"/>; the same instance for the same text. Thread-safe.</summary>
    /// <exception cref="ParseException">The text is not a valid expression over the inputs.</exception>
    public Expression Parse(string expressie) =>
        _bomen.TryGetValue(expressie, out var boom) ? boom : _bomen.GetOrAdd(expressie, new ExpressionParser(Parameters, expressie, [], _config).Parse(null, true));

    /// <summary>
    /// Parses <paramref name="expressies"/> ahead, on all cores, so that <see cref="Parse"/> finds their trees; an
    /// invalid one is skipped here (it fails again, with its message, where the rule is built).
    /// </summary>
    public void ParseVooraf(IEnumerable<string> expressies) =>
        Parallel.ForEach(expressies.Distinct(StringComparer.Ordinal), expressie =>
        {
            try
            {
                _ = Parse(expressie);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Reported by the rule that holds it.
            }
        });

    /// <summary><paramref name="expressie"/> converted to <typeparamref name="T"/>, as a function of the inputs.</summary>
    /// <exception cref="ParseException">The text is not a valid expression over the inputs.</exception>
    public Expression<Func<object[], T>> Lambda<T>(string expressie)
    {
        var lichaam = Parse(expressie);
        return Omhul<T>(lichaam.Type == typeof(T) ? lichaam : Expression.Convert(lichaam, typeof(T)));
    }

    /// <summary>A body over the inputs as a lambda over the array of inputs, the form every rule function has.</summary>
    public Expression<Func<object[], T>> Omhul<T>(Expression lichaam)
    {
        var invoer = Expression.Parameter(typeof(object[]), "invoer");
        var toewijzingen = Parameters.Select((p, i) =>
            (Expression)Expression.Assign(p, Expression.Convert(Expression.ArrayIndex(invoer, Expression.Constant(i)), p.Type)));
        var blok = Expression.Block(typeof(T), Parameters, [.. toewijzingen, lichaam]);
        return Expression.Lambda<Func<object[], T>>(blok, invoer);
    }

    /// <summary>
    /// RulesEngine's custom types (the given ones, <c>ExpressionUtils</c>, <c>Enumerable</c>, their base types and
    /// interfaces, <c>IEnumerable</c>), without the scan of the process's assemblies: no assembly of this
    /// application marks a type with <c>[DynamicLinqType]</c>, so the scan would add nothing.
    /// </summary>
    private sealed class VasteTypen(ParsingConfig config, IEnumerable<Type> typen)
        : DefaultDynamicLinqCustomTypeProvider(config, Sluiting(typen), cacheCustomTypes: true)
    {
        private HashSet<Type>? _typen;

        public override HashSet<Type> GetCustomTypes() => _typen ??= [.. AdditionalTypes];

        private static List<Type> Sluiting(IEnumerable<Type> typen)
        {
            var alle = new HashSet<Type>(typen) { typeof(ExpressionUtils), typeof(Enumerable) };
            var wachtrij = new Queue<Type>(alle);
            while (wachtrij.TryDequeue(out var type))
            {
                if (type.BaseType is { } basis && alle.Add(basis))
                {
                    wachtrij.Enqueue(basis);
                }

                foreach (var koppelvlak in type.GetInterfaces())
                {
                    if (alle.Add(koppelvlak))
                    {
                        wachtrij.Enqueue(koppelvlak);
                    }
                }
            }

            alle.Add(typeof(IEnumerable));
            return [.. alle];
        }
    }
}
