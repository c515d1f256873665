// GENERATED from Data/reranker.tsv by scripts/embed-data.py. Do not edit.

extension RerankWeights {
    /// The text of `Data/reranker.tsv`.
    public static let builtInText = #"""
# Tarjuman reranker weights, format 1: feature, weight for an Arabic query, weight for an English query.
# The weighted sum of the features is added to the name model's score; see SpellingEvidence.
# rival-margin and rival-behind weigh the list-aware stage (SpellingEvidence.rivalAware), fitted after the others.
# Fitted by: tarjuman train-reranker on wd-dev.tsv (5197 pairs), depth 20.
forward	-0.8434285929560373	-0.7652629111659762
reverse	-0.6949680081434353	-0.8186593568574554
english-background	0.6191198658859053	1.0000001355227341
arabic-background	0.99999988063222	0.6498288925023797
romanizer	0.12230388885788138	0.11612494915827454
arabizer	0.1517637454854049	0.16155966466045546
romanizer-failed	13.638810221720972	12.796389973843842
arabizer-failed	15.492966768327204	16.284630221412957
arabic-length	-5.668643572751701e-13	-0.0435937699308302
english-length	0.08063878075047284	-4.833778679230447e-12
length-gap	-0.0953684706302869	-0.20660669764579767
length-gap-squared	0.3298393811641359	0.5994269026613643
rival-margin	1.8209972664108016	1.15991166474912
rival-behind	1.1659787557763	1.0871153998299368
"""#
}
