using System.Linq.Expressions;
using FastExpressionCompiler;

namespace Assessment.Engine.Regels;

/// <summary>
/// Makes the rule set usable before its expressions are compiled, the way .NET's tiered compilation makes a program
/// start before its hot code is optimised: every rule function starts as the expression interpreter's delegate
/// (cheap to make, no JIT), and <see cref="Compileer"/> compiles them all to IL on a background thread, each function
/// switching to its compiled form when that is ready. Both forms evaluate the same expression tree, so they give
/// the same results (a test evaluates every example with both); only the speed differs.
/// </summary>
internal sealed class Tweetrapscompilatie
{
    /// <summary>When the rule functions are compiled to IL.</summary>
    internal enum Moment
    {
        /// <summary>On a background thread after loading (the default: a host answers sooner after it starts).</summary>
        Achteraf,

        /// <summary>Before the rule set is returned.</summary>
        Direct,

        /// <summary>Never: the functions stay interpreted (for the test that both forms give the same results).</summary>
        Nooit,
    }

    private readonly List<Action> _stappen = [];

    /// <summary>
    /// The function of <paramref name="lambda"/>: interpreted now, compiled by <see cref="Compileer"/>; with
    /// <paramref name="snel"/> compiled by FastExpressionCompiler (as RulesEngine compiles), otherwise by
    /// <see cref="LambdaExpression.Compile()"/> (needed for lifted <c>bool?</c> logic, which FastExpressionCompiler
    /// gets wrong).
    /// </summary>
    public Func<TIn, TOut> Voeg<TIn, TOut>(Expression<Func<TIn, TOut>> lambda, bool snel)
    {
        var functie = new Functie<TIn, TOut>(lambda, snel);
        _stappen.Add(functie.Compileer);
        return functie.Voer;
    }

    /// <summary>
    /// Compiles the functions at <paramref name="moment"/>; the task ends when all use the form they keep. A function
    /// that fails to compile stays interpreted (and correct); the task then ends faulted, naming the failures.
    /// </summary>
    public Task Compileer(Moment moment)
    {
        var stappen = _stappen.ToArray();
        switch (moment)
        {
            case Moment.Achteraf:
                return Task.Run(() => CompileerAlle(stappen));
            case Moment.Direct:
                var taak = new Task(() => CompileerAlle(stappen));
                taak.RunSynchronously();
                return taak;
            default:
                return Task.CompletedTask;
        }
    }

    private static void CompileerAlle(Action[] stappen)
    {
        var fouten = new List<Exception>();
        foreach (var stap in stappen)
        {
            try
            {
                stap();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                fouten.Add(ex);
            }
        }

        if (fouten.Count > 0)
        {
            throw new AggregateException($"{fouten.Count} van de {stappen.Length} regelfuncties zijn niet gecompileerd en blijven geïnterpreteerd.", fouten);
        }
    }

    private sealed class Functie<TIn, TOut>(Expression<Func<TIn, TOut>> lambda, bool snel)
    {
        private Expression<Func<TIn, TOut>>? _lambda = lambda;
        private volatile Func<TIn, TOut> _uitvoer = lambda.Compile(preferInterpretation: true);

        public TOut Voer(TIn invoer) => _uitvoer(invoer);

        public void Compileer()
        {
            if (Interlocked.Exchange(ref _lambda, null) is { } l)
            {
                _uitvoer = snel ? l.CompileFast() : l.Compile();
            }
        }
    }
}
