//! Native timings of the query engine on the synthetic dataset (the one the
//! benchmark's 10,000-statement app uses), at 10,000 and 100,000 statements:
//! building the index, a facet filter, and a search.
//! `cargo bench -p explorer-core --features synthetic --bench query`
//! (scripts/bench.sh adds `--quick`).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use explorer_core::read::query::{Facet, Filters, Index};
use explorer_core::synthetic::generate;

fn query(c: &mut Criterion) {
    let mut group = c.benchmark_group("query");
    group.sample_size(10);
    for n in [10_000usize, 100_000] {
        let (_text, dataset) = generate(n, n / 10, n / 50);
        group.bench_with_input(BenchmarkId::new("index_new", n), &dataset, |b, d| {
            b.iter(|| Index::new(black_box(d)))
        });
        let index = Index::new(&dataset);
        let mut facet = Filters::default();
        facet.toggle(Facet::Party, "party-3");
        let search = Filters {
            search: "ceasefire border".into(),
            ..Filters::default()
        };
        let everything = Filters::default();
        for (name, filters) in [
            ("run_all", &everything),
            ("run_facet", &facet),
            ("run_search", &search),
        ] {
            group.bench_with_input(BenchmarkId::new(name, n), filters, |b, f| {
                b.iter(|| index.run(black_box(f)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, query);
criterion_main!(benches);
