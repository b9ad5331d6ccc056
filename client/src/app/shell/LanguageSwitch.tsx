import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n';

/** The header's language choice: a globe (the header keeps its room for the navigation), the languages on click. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((option) => ({ key: option, label: t(`language.${option}`) })),
        onClick: ({ key }) => {
          const chosen = LANGUAGES.find((option) => option === key);
          if (chosen) setLanguage(chosen);
        },
      }}
    >
      <Tooltip title={t('language.switch')} placement="bottom">
        <Button type="text" icon={<GlobalOutlined />} aria-label={t('language.switch')} data-testid="language-switch" data-language={language} />
      </Tooltip>
    </Dropdown>
  );
}
