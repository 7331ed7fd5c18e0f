import type { SamlPageKind } from './saml.errors';

const TEXT: Record<SamlPageKind | 'bad_return_to' | 'signed_out', { fr: [string, string]; en: [string, string] }> = {
  failed: {
    fr: ['La connexion a échoué', "Votre fournisseur d’identité a renvoyé une réponse que Ruche ne peut pas accepter. Réessayez ; si cela se reproduit, contactez le support informatique."],
    en: ['Sign-in failed', 'Your identity provider sent a response Ruche cannot accept. Try again; if it happens again, contact IT support.'],
  },
  cancelled: {
    fr: ['Connexion annulée ou refusée', "La connexion a été annulée, ou votre fournisseur d’identité l’a refusée."],
    en: ['Sign-in cancelled or denied', 'The sign-in was cancelled, or your identity provider refused it.'],
  },
  unavailable: {
    fr: ["Fournisseur d’identité indisponible", "Ruche ne parvient pas à joindre votre fournisseur d’identité. Réessayez dans quelques minutes."],
    en: ['Identity provider unavailable', 'Ruche cannot reach your identity provider. Try again in a few minutes.'],
  },
  bad_return_to: {
    fr: ['Lien de connexion invalide', "Ce lien de connexion renvoie vers une adresse extérieure à Ruche ; il a été refusé."],
    en: ['Invalid sign-in link', 'This sign-in link points to an address outside Ruche; it was refused.'],
  },
  signed_out: {
    fr: ['Vous êtes déconnecté', 'Votre session Ruche est terminée.'],
    en: ['You are signed out', 'Your Ruche session has ended.'],
  },
};

/**
 * A small bilingual page for the browser when SSO cannot continue. Entirely static: it never echoes
 * anything from the request, so there is nothing to escape and nothing to leak.
 */
export function samlPage(kind: keyof typeof TEXT): string {
  const t = TEXT[kind];
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ruche — ${t.fr[0]} / ${t.en[0]}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.3rem}section+section{margin-top:2rem;border-top:1px solid #ddd;padding-top:1rem}a{color:#8a5a00}</style></head>
<body>
<section lang="fr"><h1>${t.fr[0]}</h1><p>${t.fr[1]}</p><p><a href="/login">Retour à la page de connexion</a></p></section>
<section lang="en"><h1>${t.en[0]}</h1><p>${t.en[1]}</p><p><a href="/login">Back to the sign-in page</a></p></section>
</body>
</html>
`;
}
