// GENERATED from Data/reranker.tsv by scripts/embed-data.py. Do not edit.

extension RerankWeights {
    /// The text of `Data/reranker.tsv`.
    public static let builtInText = #"""
# Tarjuman reranker weights, format 1: feature, weight for an Arabic query, weight for an English query.
# The weighted sum of the features is added to the name model's score; see SpellingEvidence.
# Fitted by: tarjuman train-reranker on wd-dev.tsv (5197 pairs), depth 20.
forward	-0.8434285629382509	-0.7652626739026815
reverse	-0.6949680499819986	-0.8186596449573205
english-background	0.6191198254822823	1.0000001355227741
arabic-background	0.9999998806321168	0.6498289468876512
romanizer	0.1223037536270777	0.11612439194852547
arabizer	0.1517639011370214	0.1615602835793451
romanizer-failed	13.63879454178861	12.796327157715062
arabizer-failed	15.49298565591791	16.28469792857898
arabic-length	1.6471395098355413e-12	-0.043593550078692964
english-length	0.08063872246021689	-1.0432762877047422e-12
length-gap	-0.09536845119685239	-0.2066068461212747
length-gap-squared	0.3298393964628015	0.5994270471771854
"""#
}
