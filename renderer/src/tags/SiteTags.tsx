/** A site's tags on its own page, with the button that edits them (hidden in kiosk mode). */
import { useState } from 'react';
import { Icon } from '../common/Icon';
import { useAppState } from '../state/appContext';
import { TagDialog } from './TagDialog';
import { useSiteTags } from './tagsContext';
import { t } from '../i18n/t';

/** The tag line of the site `siteId` (named `siteName`). */
export function SiteTags({ siteId, siteName }: { siteId: string; siteName: string }) {
  const tags = useSiteTags().bySite.get(siteId) ?? [];
  const kiosk = useAppState().info?.kiosk ?? false;
  const [editing, setEditing] = useState(false);
  if (kiosk) return null;
  return (
    <div className="site-tags" data-testid="site-tags">
      {tags.map((tag) => (
        <span key={tag} className="tag-chip" data-testid="site-tag">
          {tag}
        </span>
      ))}
      <button
        type="button"
        className="button small"
        data-testid="edit-site-tags"
        onClick={() => setEditing(true)}
      >
        <Icon name="tag" size={12} />
        {tags.length > 0 ? t('fleet.editTags') : t('fleet.addTags')}
      </button>
      {editing && (
        <TagDialog siteId={siteId} siteName={siteName} onClose={() => setEditing(false)} />
      )}
    </div>
  );
}
