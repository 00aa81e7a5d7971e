"""The reply guard: runs on every LLM draft before it is sent.

1. BLOCK (``blocked=True``, ``text=""``; the caller sends a safe templated reply instead) when the
   draft gives method/means/dose/lethality content, claims to be human, claims to be a licensed
   professional, diagnoses the person, or gives medication advice. The tables below say what each
   pattern catches and which look-alikes it must leave alone.
2. REWRITE phone numbers and links that are not in the verified directory: an unknown number becomes
   the country's own suicide/crisis line (or ``findahelpline.com`` when the country is unknown); an
   unknown link is removed and the sentence kept.
3. CAP the length at a sentence boundary.

The guard never logs or returns the draft's text except as the (possibly rewritten) reply: callers
log ``reasons`` only. Patterns are matched on a normalised copy (NFKC, case-folded, curly quotes
and dashes straightened, whitespace collapsed); every gap is bounded (``{0,3}`` words of at most 20
letters), so matching is linear in the draft length.

Decision recorded: safety advice that mentions medication without instructing a change ("please
don't take more pills than prescribed", "don't stop your medication without talking to your
doctor") is kept; it tells the person to stay within their prescription and is what a peer
supporter would say.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from safety.hotlines import FINDAHELPLINE_URL, Directory
from safety.phones import find_phone_numbers


class GuardReason(StrEnum):
    """Why the guard changed or blocked a draft."""

    PHONE_REPLACED = "phone_replaced"
    LINK_REMOVED = "link_removed"
    METHOD = "method"
    HUMAN_CLAIM = "human_claim"
    PROFESSIONAL_CLAIM = "professional_claim"
    DIAGNOSIS = "diagnosis"
    MEDICATION = "medication"
    LENGTH = "length"


SERIOUS = frozenset({GuardReason.METHOD})  # blocks that open a moderator case
_BLOCKING = (
    GuardReason.METHOD,
    GuardReason.HUMAN_CLAIM,
    GuardReason.PROFESSIONAL_CLAIM,
    GuardReason.DIAGNOSIS,
    GuardReason.MEDICATION,
)


@dataclass(frozen=True)
class GuardResult:
    """The guarded reply: ``text`` to send ("" when blocked) and the reasons, in order."""

    text: str
    blocked: bool
    reasons: tuple[GuardReason, ...]


# ----------------------------------------------------------------------------- word lists
_W = r"[\w'-]{1,20}"  # one word, bounded
_GAP3 = rf"(?:{_W} ){{0,3}}"  # up to three words

_PILLS = r"(?:pills?|tablets?|capsules?|pastillas?|p[ií]ldoras?|comprimidos?|tabletten|pillen)"
_BRIDGES = (
    r"golden gate|sunshine skyway|coronado|aurora|george washington|brooklyn|verrazzano|"
    r"prince edward viaduct|bloor viaduct|jacques cartier|lions gate|clifton suspension|humber|"
    r"westgate|story|sydney harbour|forth|tower|severn"
)
_HEIGHT = (
    r"(?:height|tall|high|metres?|meters?|feet|ft|storeys?|stories|jump|drop|fall|deadly|lethal)"
)
_PROFESSIONS = (
    r"(?:therapist|counsell?or|psychologist|psychiatrist|psychotherapist|doctor|physician|nurse|"
    r"clinician|social worker|mental health professional|medical professional|gp)"
)
_CONDITIONS = (
    r"(?:(?:clinical |major |severe |mild |chronic )?depression|major depressive disorder|"
    r"bipolar(?: disorder| i| ii)?|bpd|borderline(?: personality disorder)?|c-?ptsd|ptsd|ocd|"
    r"adhd|(?:generali[sz]ed |social )?anxiety disorder|gad|panic disorder|schizophrenia|"
    r"psychosis|an? eating disorder|anorexia|bulimia|autism|asperger'?s|"
    r"(?:a |an )?(?:narcissistic |antisocial |histrionic )?personality disorder|"
    r"dissociative identity disorder|post-?traumatic stress disorder|"
    r"obsessive-?compulsive disorder)"
)
_MEDS = (
    r"(?:sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|cipralex|paroxetine|"
    r"paxil|seroxat|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|"
    r"remeron|trazodone|amitriptyline|nortriptyline|lithium|lamotrigine|lamictal|valproate|"
    r"quetiapine|seroquel|olanzapine|zyprexa|risperidone|aripiprazole|abilify|diazepam|valium|"
    r"lorazepam|ativan|alprazolam|xanax|clonazepam|klonopin|rivotril|zolpidem|ambien|zopiclone|"
    r"methylphenidate|ritalin|concerta|adderall|lisdexamfetamine|vyvanse|elvanse|propranolol|"
    r"pregabalin|lyrica|gabapentin|hydroxyzine|melatonin|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|codeine|tramadol|oxycodone|antidepressants?|ssris?|snris?|"
    r"benzodiazepines?|benzos?|sleeping pills|antipsychotics?|mood stabili[sz]ers?)"
)
_YOUR_MEDS = (
    rf"(?:{_MEDS}|(?:your|the) (?:medication|medicine|meds|dose|dosage|prescription|pills|"
    rf"antidepressants?|{_MEDS}))"
)
_CHANGE = (
    r"(?:take|taking|increase|increasing|up|decrease|reduce|lower|raise|double|stop|stopping|quit|"
    r"skip|start|starting|switch|switching|come off|go off|taper|wean off|cut back on|try|add)"
)
_ADVISE = (
    r"(?:you should|you could|you can|you need to|you ought to|you must|you might want to|"
    r"i (?:would )?(?:recommend|suggest|advise)(?: that)?(?: you)?|i'd (?:recommend|suggest)"
    r"(?: that)?(?: you)?|maybe|perhaps|just|try to|consider|it's best to|it is best to|"
    r"why not)"
)
# "if you have …", "whether you have …", "do you have …", "doesn't mean you have …": no diagnosis
_NEG_BEFORE = (
    r"(?<!\bif )(?<!\bwhether )(?<!\bwhen )(?<!\bdo )(?<!\bmean )(?<!\bsaying )(?<!\bthat )"
)

# ----------------------------------------------------------------------------- tables
# Each row: (pattern, what it catches). Look-alikes that must NOT match are in the tests.
_METHOD: tuple[tuple[str, str], ...] = (
    (r"\b(?:lethal|fatal|deadly|toxic|mortal|letal|t[öo]dliche?n?|letale?n?) "
     r"(?:dose|doses|amount|quantity|level|dosis|cantidad|menge)\b", "lethal dose/amount"),
    (r"\bdosis (?:letal|mortal|t[öo]dlich)", "es/de lethal dose"),
    (rf"\b(?:take|taking|swallow|nimm|nehmen?|toma|tomar|t[oó]mate) (?:\d{{2,4}}|a handful of|all "
     rf"(?:of )?(?:your|the|those|these)|(?:a )?(?:few )?dozen|twenty|thirty|fifty|hundred) "
     rf"(?:{_W} ){{0,2}}{_PILLS}", "take N pills"),
    (r"\b(?:most |least |less )?painless (?:way|ways|method|methods|death|option)\b",
     "painless way/method"),
    (r"\b(?:quickest|quicker|easiest|fastest|surest|best|most effective|most reliable|"
     r"most certain|least painful|simplest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|"
     r"kill|killing|end it|end your life|ending your life|commit|hang|overdose|suicide)",
     "best way to die"),
    (rf"\bjump(?:ing)? (?:off|from) {_GAP3}(?:height|bridge|building|roof|rooftop|balcony|"
     r"floor|storey|story|cliff|tower|car park|parking garage)", "jump from a height"),
    (r"\bfrom a height of\b", "height of a fall"),
    (r"\b\d{1,4} ?(?:m|ft|feet|metres?|meters?|stories|storeys|floors) "
     r"(?:high|tall|drop|fall|down)\b", "height figures"),
    (r"\b(?:cut|cutting|slit|slitting|slice) (?:along|down|across|up) (?:the |your )?"
     r"(?:vein|veins|wrist|wrists|arm|arms|artery|arteries)\b", "cut along the vein"),
    (r"\b(?:slit|cut|slash) (?:your |the )?(?:wrists?|throat|arteries|artery)\b", "slit wrists"),
    (r"\b(?:deep|vertical|lengthwise) (?:cut|cuts|cutting)\b", "cut depth"),
    (rf"\b(?:tallest|highest|deadliest) (?:{_W} ){{0,2}}(?:bridges?|buildings?|cliffs?|"
     r"towers?|places? to jump|br[üu]cken?|puentes?)\b", "tallest bridges"),
    (rf"\b(?:{_BRIDGES}) (?:bridge|viaduct)\b[^.!?\n]{{0,80}}\b{_HEIGHT}\b",
     "named bridge with height/jump"),
    (rf"\b{_HEIGHT}\b[^.!?\n]{{0,80}}\b(?:{_BRIDGES}) (?:bridge|viaduct)\b",
     "height/jump with named bridge"),
    (r"\b(?:noose|ligature points?|slip ?knot|hangman'?s knot|suspension point|"
     r"how to hang|hang(?:ing)? yourself|tie (?:a|the) (?:rope|knot|cord|belt) (?:to|around|"
     r"from)|drop (?:height|length) for)\b", "hanging instructions"),
    (r"\b\d{1,5}(?:[.,]\d{1,3})? ?(?:mg|g|mcg|ml) ?(?:/|per) ?"
     r"(?:kg|kilo(?:gram)?s?|body ?weight)\b", "mg/kg dosing"),
    (r"\b(?:mg|milligrams?|grams?) (?:/|per) (?:kg|kilo(?:gram)?s?|kilogramm)\b", "mg/kg dosing"),
    (r"\bhow (?:many|much) (?:[\w'-]{1,20} ){0,5}(?:would|will|could|can|does it take to|to|"
     r"it takes to) (?:kill|be fatal|be lethal|be deadly|die|overdose|od)\b",
     "how many would kill"),
    (rf"\benough {_GAP3}to (?:kill|die|be (?:fatal|lethal|deadly)|overdose|od)\b",
     "enough to kill"),
    (rf"\b\d{{1,5}} ?(?:mg|g|grams?|{_PILLS}) (?:[\w ,'-]{{0,40}})\b"
     r"(?:would|will|could|can|is|are) (?:kill|be fatal|be lethal|be deadly|fatal|lethal|deadly|"
     r"enough)\b", "dose that kills"),
    (r"\b(?:to|will|would|can) (?:overdose|od) on\b", "overdose on"),
    (r"\b(?:charcoal|car exhaust|exhaust fumes|helium|nitrogen|carbon monoxide) "
     r"(?:[\w'-]{1,20} ){0,4}(?:to die|suicide|in a (?:closed|sealed)|bag|tent)\b", "gas method"),
    (r"\bsuicide (?:methods?|bags?|kits?|hotspots?)\b", "suicide method/kit"),
    (r"\b(?:gun|firearm|pistol|rifle|barrel) (?:to|against|under|in) (?:your|the) "
     r"(?:head|temple|chin|mouth|heart)\b", "firearm placement"),
    (r"\bshoot (?:yourself|myself)\b", "shoot yourself"),
    (r"\b(?:step|jump|lie|lay) (?:down )?(?:in front of|under|on) (?:a|the) "
     r"(?:train|tracks|railway|bus|truck|lorry)\b", "train/vehicle method"),
    # es
    (r"\b(?:forma|manera|m[eé]todo) (?:m[aá]s )?(?:indolora|r[aá]pida|f[aá]cil|segura|efectiva) "
     r"(?:de|para) (?:morir|suicidarte|suicidarse|matarte|matarse)", "es: best way to die"),
    (r"\b(?:cortarte|cortarse|c[oó]rtate) (?:las|la) (?:venas?|mu[ñn]ecas?)\b", "es: cut veins"),
    (r"\b(?:ahorcarte|ahorcarse|c[oó]mo ahorcarse|soga|nudo corredizo)\b", "es: hanging"),
    (r"\bsaltar (?:desde|de) (?:[\w'-]{1,20} ){0,3}(?:altura|puente|edificio|azotea)\b",
     "es: jump from height"),
    (r"\bcu[aá]nt[oa]s? (?:[\w'-]{1,20} ){0,4}(?:matar[ií]an?|mata|es letal|son letales|"
     r"ser[ií]an? letales?)\b", "es: how many would kill"),
    # de
    (r"\b(?:schmerzlos\w{0,4}|schnellste\w{0,2}|sicherste\w{0,2}|einfachste\w{0,2}) "
     r"(?:art|weg|methode|m[öo]glichkeit)\w{0,2},? (?:[\w'-]{1,20} ){0,2}(?:zu sterben|"
     r"sich umzubringen|dich umzubringen|suizid|selbstmord)", "de: best way to die"),
    (r"\bpulsadern (?:aufschneiden|aufzuschneiden|aufschneidet)\b", "de: cut veins"),
    (r"\b(?:erh[äa]ngen|strick|schlinge)\b", "de: hanging"),
    (r"\b(?:von|aus) (?:einer |der |dem )?(?:br[üu]cke|h[öo]he|hochhaus|dach|\d{1,4} ?metern?) "
     r"(?:\w{1,20} ){0,2}(?:springen|stürzen|sturz)\b", "de: jump from height"),
    (r"\bwie viele (?:[\w'-]{1,20} ){0,4}(?:t[öo]dlich|t[öo]ten|umbringen)\b",
     "de: how many would kill"),
)

_HUMAN: tuple[tuple[str, str], ...] = (
    (r"\bi(?:'m| am) (?:a |an )?(?:real |actual |living |flesh-and-blood )?"
     r"(?:human|person|human being|real person)\b(?![-\w])",
     "I'm a real person / I am human"),
    (r"(?:^|[.!?,;:] )as a (?:fellow |real )?human(?: being)?, (?:i|i'm|i've|my|me)\b",
     "as a human, I…"),
    (r"\bspeaking as a (?:fellow |real )?human\b", "speaking as a human"),
    (r"\b(?:we|us) (?:fellow )?humans\b", "we humans"),
    (r"\bi(?:'m| am) not (?:a |an )?(?:ai|a\.i\.|bot|robot|chatbot|machine|program|"
     r"computer|language model|llm)\b", "I'm not an AI"),
    (r"\bi(?:'m| am) (?:a )?(?:real|human) too\b", "I'm human too"),
    # es / de
    (r"(?<!\bno )\bsoy (?:una |un )?(?:persona|humano|humana|ser humano)(?: real)?\b",
     "es: soy humano"),
    (r"(?<!\bno )\bsoy (?:una |un )?persona de verdad\b", "es: persona de verdad"),
    (r"\bich bin (?:ein |eine )?(?:echter |echte |realer |reale )?(?:mensch|person)\b",
     "de: ich bin ein Mensch"),
    (r"\bich bin (?:keine ki|kein bot|kein roboter|keine maschine)\b", "de: keine KI"),
)

_PROFESSIONAL: tuple[tuple[str, str], ...] = (
    (rf"\bas your (?:{_W} )?{_PROFESSIONS}\b", "as your therapist"),
    (rf"(?<!\bsuch )(?<!\bjust )\bas an? (?:licensed |trained |qualified |certified |registered |"
     rf"clinical |experienced )?{_PROFESSIONS},? (?:i|i'm|i've|my|me)\b", "as a therapist, I…"),
    (rf"\bi(?:'m| am) (?:an? |your )(?:licensed |certified |registered |qualified |trained |"
     rf"board[- ]certified |clinical |practicing |practising )?{_PROFESSIONS}\b",
     "I'm a licensed counselor"),
    (rf"\bi(?:'m| am) (?:licensed|certified|registered|qualified|trained) (?:as )?(?:an? )?"
     rf"{_PROFESSIONS}\b", "I'm licensed as"),
    (r"\b(?:in )?my (?:professional|clinical|medical) (?:opinion|judgement|judgment|assessment|"
     r"experience)\b", "my clinical opinion"),
    (r"\bmy (?:patients|clients|caseload)\b", "my patients"),
    # es / de
    (r"(?<!\bno )\bsoy (?:tu |una |un )?(?:terapeuta|psic[oó]log[oa]|psiquiatra|m[eé]dic[oa]|"
     r"doctora?|consejer[oa]|enfermer[oa])\b", "es: soy tu terapeuta"),
    (r"\bcomo tu (?:terapeuta|psic[oó]log[oa]|psiquiatra|m[eé]dic[oa]|doctora?)\b",
     "es: como tu terapeuta"),
    (r"\bich bin (?:dein |deine |ihr |ihre |ein |eine )?(?:approbierter? |zugelassener? )?"
     r"(?:therapeut(?:in)?|psycholog(?:e|in)|psychiater(?:in)?|psychotherapeut(?:in)?|arzt|"
     r"[äa]rztin)\b", "de: ich bin Therapeut"),
    (r"\bals (?:dein|deine|ihr|ihre) (?:therapeut(?:in)?|psycholog(?:e|in)|psychiater(?:in)?|"
     r"arzt|[äa]rztin)\b", "de: als dein Therapeut"),
)

_DIAGNOSIS: tuple[tuple[str, str], ...] = (
    (rf"{_NEG_BEFORE}\byou (?:definitely |probably |clearly |likely |obviously |might |may |"
     rf"could |must |seem to |appear to )?(?:have|'ve got|have got|suffer from|are suffering from|"
     rf"'re suffering from|are dealing with|'re dealing with) (?:a |an )?(?:case of |form of |"
     rf"classic |textbook |severe |mild |moderate |clinical |undiagnosed )?{_CONDITIONS}\b",
     "you have <condition>"),
    (rf"{_NEG_BEFORE}\byou(?:'re| are) (?:definitely |probably |clearly |likely |obviously )?"
     r"(?:bipolar|clinically depressed|schizophrenic|psychotic|autistic|anorexic|bulimic|"
     r"borderline|a narcissist|narcissistic|ocd|adhd|manic-depressive)\b", "you are bipolar"),
    (rf"\b(?:this|that|these|what you(?:'re)? describ\w{{0,3}}|your symptoms) (?:is|are|sounds? "
     rf"like|looks? like|seems? like|points? to|indicates?) (?:classic |typical |textbook |clear |"
     rf"definitely |probably )?(?:signs? of |symptoms? of |a case of )?(?:an? )?{_CONDITIONS}\b",
     "this sounds like <condition>"),
    (rf"\byou(?:'re| are) (?:showing|displaying|experiencing) (?:classic |clear |typical )?"
     rf"(?:signs|symptoms) of {_CONDITIONS}\b", "you're showing signs of <condition>"),
    (r"\byou (?:meet|fit) the (?:criteria|diagnostic criteria|profile) for\b", "meet the criteria"),
    (r"\b(?:i (?:would |can )?diagnose you|my diagnosis (?:is|would be))\b", "I diagnose you"),
    # es / de
    (r"(?<!\bsi )\b(?:tienes|padeces|sufres(?: de)?) (?:una? )?(?:depresi[oó]n|trastorno "
     r"(?:bipolar|l[ií]mite|de ansiedad|obsesivo|alimentario|de (?:la )?personalidad)|tept|toc|"
     r"tdah|esquizofrenia|anorexia|bulimia)\b", "es: tienes depresión"),
    (r"(?<!\bsi )\beres (?:bipolar|esquizofr[eé]nic[oa]|autista|anor[eé]xic[oa]|narcisista)\b",
     "es: eres bipolar"),
    (r"(?<!\bob )(?<!\bwenn )(?<!\bfalls )\bdu (?:hast|leidest (?:an|unter)) "
     r"(?:eine |einer |einen |an |unter )?(?:depression(?:en)?|bipolare st[öo]rung|ptbs|"
     r"zwangsst[öo]rung|adhs|borderline|"
     r"angstst[öo]rung|essst[öo]rung|schizophrenie|magersucht|bulimie)\b",
     "de: du hast Depression"),
    (r"(?<!\bob )(?<!\bwenn )(?<!\bfalls )\bdu bist (?:bipolar|depressiv|schizophren|psychotisch|"
     r"autistisch|magers[üu]chtig)\b", "de: du bist depressiv"),
)

_MEDICATION: tuple[tuple[str, str], ...] = (
    (rf"\b{_ADVISE} (?:(?!not\b|never\b|don't\b|no\b){_W} )?{_CHANGE} (?:{_W} ){{0,3}}?"
     rf"{_YOUR_MEDS}\b", "you should take/increase/stop <medication>"),
    (rf"(?:^|[.!?;:\n] ?)(?:(?!not\b|never\b|don't\b|do\b|no\b|please\b){_W} )?{_CHANGE} "
     rf"(?:{_W} ){{0,2}}?{_YOUR_MEDS}\b", "imperative: stop your sertraline"),
    (r"\b\d{1,5}(?:[.,]\d{1,3})? ?(?:mg|mcg|µg|milligrams?|micrograms?)\b", "names a dose"),
    (rf"\b(?:take|taking|nimm|toma|tomar) (?:\d|one|two|three|four|five|a couple of) "
     rf"(?:{_W} ){{0,2}}{_PILLS}", "take 2 pills"),
    (rf"\b(?:dose|dosage) of (?:{_W} ){{0,2}}?\d{{1,5}}\b", "dose of N"),
    (rf"\b(?:over-the-counter|otc) {_MEDS}\b (?:[\w'-]{{1,20}} ){{0,3}}(?:should|will|can) help\b",
     "OTC suggestion"),
    # es / de
    (rf"\b(?:deber[ií]as|tienes que|puedes|prueba(?: a)?|te recomiendo|intenta) (?:{_W} ){{0,2}}?"
     rf"(?:tomar|aumentar|subir|bajar|reducir|dejar(?: de tomar)?|suspender|empezar a tomar) "
     rf"(?:{_W} ){{0,3}}?(?:{_MEDS}|tu (?:medicaci[oó]n|dosis|medicamento|tratamiento)|"
     r"(?:las|tus) pastillas)\b", "es: deberías dejar tu medicación"),
    (rf"\b(?:du solltest|sie sollten|nimm|nehmen sie|probier(?:e|en sie)?|versuch(?:e|en sie)?|"
     rf"ich empfehle(?: dir| ihnen)?) (?:{_W} ){{0,3}}?(?:{_MEDS}|deine (?:medikamente|dosis|"
     r"tabletten)|ihre (?:medikamente|dosis|tabletten))\b", "de: du solltest … absetzen"),
    (rf"\b(?:{_MEDS}|deine medikamente|die dosis) (?:{_W} ){{0,3}}?(?:absetzen|erh[öo]hen|"
     r"reduzieren|verdoppeln|weglassen)\b", "de: Medikamente absetzen"),
)


def _compile(table: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p, _ in table)


_TABLES: dict[GuardReason, tuple[re.Pattern[str], ...]] = {
    GuardReason.METHOD: _compile(_METHOD),
    GuardReason.HUMAN_CLAIM: _compile(_HUMAN),
    GuardReason.PROFESSIONAL_CLAIM: _compile(_PROFESSIONAL),
    GuardReason.DIAGNOSIS: _compile(_DIAGNOSIS),
    GuardReason.MEDICATION: _compile(_MEDICATION),
}

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "\u00b4": "'",
    "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
})  # fmt: skip
_SPACES = re.compile(r"[^\S\n]+")


def normalize_for_guard(text: str) -> str:
    """The form block patterns are matched on: NFKC, case-folded, straight quotes, one space."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACES.sub(" ", folded)


def block_reasons(text: str) -> tuple[GuardReason, ...]:
    """Every blocking reason whose table matches ``text`` (in GuardReason order)."""
    norm = normalize_for_guard(text)
    return tuple(
        reason for reason in _BLOCKING if any(p.search(norm) for p in _TABLES[reason])
    )


# ----------------------------------------------------------------------------- links
_TLDS = (
    r"com|org|net|gov|edu|int|info|io|co|app|ai|me|ly|uk|ie|de|at|ch|fr|es|it|nl|be|pt|br|mx|in|"
    r"jp|za|au|nz|ca|us|eu|lt|se|no|dk|fi|pl|cz|ar|cl|online|site|help|health"
)
_MD_LINK = re.compile(r"\[([^\]\n]{0,200})\]\(\s{0,2}([^\s()]{1,500})\s{0,2}\)")
# Bare domains are matched in lower case only, so "here.It's" is not taken for a link to "here.it".
_URL = re.compile(
    rf"\b(?:(?i:https?://)[^\s<>()\[\]\"']{{1,500}}|(?<![@\w.-])(?:(?i:www)\.)?"
    rf"(?:[a-zA-Z0-9-]{{1,63}}\.){{1,4}}(?:{_TLDS})\b(?![@\w'-])(?:/[^\s<>()\[\]\"']{{0,500}})?)"
)
_TRAILING = ".,;:!?'\""


def _link_host(url: str) -> str:
    url = url if "://" in url else "https://" + url
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _link_known(url: str, known_hosts: frozenset[str]) -> bool:
    host = _link_host(url)
    if not host:
        return False
    parts = host.split(".")
    return any(".".join(parts[i:]) in known_hosts for i in range(len(parts) - 1))


@functools.lru_cache(maxsize=8)
def _known_hosts(links: frozenset[str]) -> frozenset[str]:
    return frozenset(_link_host(u) for u in links | {FINDAHELPLINE_URL})


def _remove_links(text: str, directory: Directory) -> tuple[str, bool]:
    """Drop links whose host is not in the directory; markdown links keep their label."""
    known_hosts = _known_hosts(directory.known_links())
    removed = False

    def md(m: re.Match[str]) -> str:
        nonlocal removed
        if _link_known(m.group(2), known_hosts):
            return m.group(0)
        removed = True
        return m.group(1)

    def plain(m: re.Match[str]) -> str:
        nonlocal removed
        url = m.group(0)
        tail = ""
        while url and url[-1] in _TRAILING:
            url, tail = url[:-1], url[-1] + tail
        if _link_known(url, known_hosts):
            return m.group(0)
        removed = True
        return tail

    text = _MD_LINK.sub(md, text)
    text = _URL.sub(plain, text)
    return text, removed


# ----------------------------------------------------------------------------- phones
def _replace_phones(text: str, directory: Directory, country: str | None) -> tuple[str, bool]:
    """Replace numbers that are not the person's country's (or, country unknown, any) numbers."""
    entry = directory.country(country)
    # unknown country: any directory number except 988, which is US/Canada only
    allowed = directory.numbers_for(entry.code) if entry else directory.known_numbers() - {"988"}
    replacement = (directory.best_phone(entry.code) if entry else None) or "findahelpline.com"
    replaced = False
    out: list[str] = []
    last = 0
    for m in find_phone_numbers(text):
        digits = m.digits[2:] if m.digits.startswith("00") else m.digits
        if digits in allowed:
            continue
        out.append(text[last : m.start])
        out.append(replacement)
        last = m.end
        replaced = True
    out.append(text[last:])
    return "".join(out), replaced


# ----------------------------------------------------------------------------- length
_SENTENCE_END = re.compile(r"[.!?…。](?:[\"')\]]{0,2})(?=\s|$)")


def _cap(text: str, max_chars: int) -> str:
    """Cut at the last sentence end within ``max_chars`` (else the last space)."""
    head = text[:max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= max_chars // 3:
        return head[: ends[-1]].rstrip()
    space = head.rfind(" ")
    return (head[:space] if space > max_chars // 3 else head).rstrip() + "…"


_TIDY = (
    (re.compile(r"[^\S\n]{2,}"), " "),
    (re.compile(r"[^\S\n]+([.,;:!?])"), r"\1"),
    (re.compile(r"\(\s*\)"), ""),
)


def _tidy(text: str) -> str:
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text.strip()


def guard_reply(
    text: str, directory: Directory, country: str | None, max_chars: int = 3500
) -> GuardResult:
    """Check and clean one LLM draft before it is sent (see the module docstring)."""
    blocked = block_reasons(text)
    if blocked:
        return GuardResult(text="", blocked=True, reasons=blocked)
    reasons: list[GuardReason] = []
    out, link_removed = _remove_links(text, directory)
    out, phone_replaced = _replace_phones(out, directory, country)
    if phone_replaced:
        reasons.append(GuardReason.PHONE_REPLACED)
    if link_removed:
        reasons.append(GuardReason.LINK_REMOVED)
    if link_removed or phone_replaced:
        out = _tidy(out)
    if len(out) > max_chars:
        out = _cap(out, max_chars)
        reasons.append(GuardReason.LENGTH)
    return GuardResult(text=out, blocked=False, reasons=tuple(reasons))
