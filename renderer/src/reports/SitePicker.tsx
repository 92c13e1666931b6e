/** Checkboxes for choosing sites (all by default), for the portfolio export. */
import { t } from '../i18n/t';

/** A site as the pickers list it. */
export interface SiteChoice {
  id: string;
  name: string;
}

/** The list; `chosen` null means every site. */
export function SitePicker({
  sites,
  chosen,
  onChange,
}: {
  sites: SiteChoice[];
  chosen: Set<string> | null;
  onChange: (chosen: Set<string> | null) => void;
}) {
  const isChosen = (id: string) => chosen === null || chosen.has(id);
  const toggle = (id: string) => {
    const next = new Set(chosen ?? sites.map((s) => s.id));
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next.size === sites.length ? null : next);
  };
  return (
    <div className="export-sites" data-testid="export-sites">
      <label className="export-site">
        <input
          type="checkbox"
          checked={chosen === null}
          onChange={(e) => onChange(e.target.checked ? null : new Set())}
          data-testid="export-all"
        />
        <strong>{t('reports.allSites')}</strong>
      </label>
      {sites.map((site) => (
        <label key={site.id} className="export-site">
          <input
            type="checkbox"
            checked={isChosen(site.id)}
            onChange={() => toggle(site.id)}
            data-testid={`export-site-${site.id}`}
          />
          {site.name}
        </label>
      ))}
    </div>
  );
}
